// Vietnamese lunar calendar (UTC+7) and Gregorian day arithmetic.
export { yearCanChi } from "./can-chi";
export { jdFromDate, jdToDate, weekday, isValidSolarDate, type SolarDate } from "./julian";
export {
  VIETNAM_TIME_ZONE,
  MIN_YEAR,
  MAX_YEAR,
  solarToLunar,
  lunarToSolar,
  leapMonth,
  type LunarDate,
} from "./lunar";
