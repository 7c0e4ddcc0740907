// The slice of the Office and Word JavaScript APIs the add-in uses, so tests can pass a counting fake.
// Production passes the globals that office.js defines.

export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeApi {
  context: {
    document: Pick<Office.Document, "getFileAsync">;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    partitionKey?: string;
  };
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
}

export interface WordApis {
  office: OfficeApi;
  run: WordRun;
}

/** The real APIs, read from the globals office.js defines (only valid once Office is ready). */
export function globalApis(): WordApis {
  return { office: Office as unknown as OfficeApi, run: ((batch) => Word.run(batch)) as WordRun };
}
