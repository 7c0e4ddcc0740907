// Prints the run's closing line, alone on its line: "N passed, N failed". A suite that fails to run at all
// (syntax error, failing beforeAll) counts as one failure so it cannot vanish from the count.
// Jest's own summary is written after the reporters run, so the line goes out when the process exits.
const fs = require("fs");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenSuites = results.testResults.filter(
      (suite) => suite.testExecError && suite.numFailingTests === 0,
    ).length;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed\n`;
    process.once("exit", () => fs.writeSync(1, `\n${line}`));
  }
}

module.exports = SummaryReporter;
