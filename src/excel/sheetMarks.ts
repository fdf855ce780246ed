import { MARK_KEY, parseMark } from "../workbook/marks";
import { MarkedSheet } from "../workbook/types";
import { syncOrThrow } from "./errors";

/** Every sheet's Balans mark, in two syncs: the sheets, then each one's custom property. */
export async function readMarkedSheets(context: Excel.RequestContext): Promise<MarkedSheet[]> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await syncOrThrow(context, "readFailed");
  const properties = worksheets.items.map((sheet) => {
    const property = sheet.customProperties.getItemOrNullObject(MARK_KEY);
    property.load("value");
    return { sheet, property };
  });
  await syncOrThrow(context, "readFailed");
  return properties.flatMap(({ sheet, property }) => {
    const mark = property.isNullObject ? undefined : parseMark(property.value);
    return mark ? [{ name: sheet.name, mark }] : [];
  });
}
