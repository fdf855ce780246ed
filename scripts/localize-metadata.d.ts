export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: {
    name: string;
    description?: string;
    optional?: boolean;
    dimensionality?: string;
    type?: string;
  }[];
  result: { type?: string; dimensionality?: string };
}
export interface TranslationTable {
  parameterNames: Record<string, string>;
  functions: Record<
    string,
    { name: string; description: string; parameters: Record<string, string> }
  >;
}
export function localizeMetadata(
  metadata: { functions: FunctionMetadata[] },
  table: TranslationTable,
): { metadata: { functions: FunctionMetadata[] }; problems: string[] };
export function shippedMetadata(
  english: { functions: FunctionMetadata[] },
  table: TranslationTable,
  helpPage: string,
): {
  english: { functions: FunctionMetadata[] };
  swedish: { functions: FunctionMetadata[] };
  problems: string[];
};
