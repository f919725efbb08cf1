// Types of builds.mjs, for the TypeScript specs that import it.
export declare const documents: string[];
export declare const embeddedBuild: Record<string, string>;
export declare function liveBuild(contentLakePort: string | number): Record<string, string>;
export declare function serveCommand(
  port: string | number,
  hostname?: string,
): { command: string; args: string[]; env: Record<string, string> };
export declare const deployedServerLog: string;
export declare function answers(url: string): Promise<void>;
