import { localErrorCode, toInvariant, toLocal } from "../../src/preview/notation";

describe("the preview's formula notation", () => {
  test("Swedish as Swedish Excel writes it becomes the invariant notation the workbook keeps", () => {
    expect(toInvariant("=BALANS.FTE(59400;3)", "sv")).toBe("=BALANS.FTE(59400,3)");
    expect(toInvariant("=OM(1>0;1;0)", "sv")).toBe("=IF(1>0,1,0)");
    expect(toInvariant("=BALANS.EFFECT.EXPECTED(-47,6;3;2)", "sv")).toBe(
      "=BALANS.EFFECT.EXPECTED(-47.6,3,2)",
    );
    expect(toInvariant("=BALANS.ÅRSARBETARE(59400;3)", "sv")).toBe("=BALANS.FTE(59400,3)");
    expect(toInvariant("=summa(Handlingsplan!B5:B30)", "sv")).toBe("=SUM(Handlingsplan!B5:B30)");
    expect(toInvariant('=OMFEL(BALANS.EFFEKT.UPPFYLLELSE($C5;B5;3);"")', "sv")).toBe(
      '=IFERROR(BALANS.EFFECT.RATE($C5,B5,3),"")',
    );
  });

  test("in Swedish a comma is a decimal comma: (59400,3) is one argument, as in Swedish Excel", () => {
    expect(toInvariant("=BALANS.ÅRSARBETARE(59400,3)", "sv")).toBe("=BALANS.FTE(59400.3)");
  });

  test("text and quoted sheet names are never translated", () => {
    expect(toInvariant(`="a;b, 1,5 SUMMA(1)"&'Blad; 1,5'!A1`, "sv")).toBe(
      `="a;b, 1,5 SUMMA(1)"&'Blad; 1,5'!A1`,
    );
    expect(toInvariant(`="say ""x;y"""&1,5`, "sv")).toBe(`="say ""x;y"""&1.5`);
    expect(toLocal(`=IF(A1="1.5, x",'It''s, 2.5'!B2,2.5)`, "sv")).toBe(
      `=OM(A1="1.5, x";'It''s, 2.5'!B2;2,5)`,
    );
  });

  test("the workbook's formulas read in Swedish, and back unchanged", () => {
    const formulas = [
      "=SUM(B5:B30)",
      '=IFERROR(BALANS.EFFECT.RATE(E5,D5,3,1),"")',
      "=BALANS.GAP.BALANCE(Handlingsplan!B2,Handlingsplan!B5:B30)",
      "=AND(ISNUMBER(G5),G5>=0.9)",
      "=ROUND(1.25E-3*A1,2)",
    ];
    const swedish = formulas.map((formula) => toLocal(formula, "sv"));
    expect(swedish).toEqual([
      "=SUMMA(B5:B30)",
      '=OMFEL(BALANS.EFFEKT.UPPFYLLELSE(E5;D5;3;1);"")',
      "=BALANS.GAP.BALANS(Handlingsplan!B2;Handlingsplan!B5:B30)",
      "=OCH(ÄRTAL(G5);G5>=0,9)",
      "=AVRUNDA(1,25E-3*A1;2)",
    ]);
    expect(swedish.map((formula) => toInvariant(formula, "sv"))).toEqual(formulas);
  });

  test("English stays as it is; names that are no function (cells, sheets) are kept", () => {
    expect(toInvariant("=BALANS.FTE(59400,3)", "en")).toBe("=BALANS.FTE(59400,3)");
    expect(toLocal("=SUM(B5:B30)", "en")).toBe("=SUM(B5:B30)");
    expect(toLocal("=SUM1+SUM", "sv")).toBe("=SUM1+SUM");
    expect(toInvariant("Summa 1,5", "sv")).toBe("Summa 1,5");
  });

  test("error codes as Swedish Excel shows them", () => {
    expect(localErrorCode("#N/A", "sv")).toBe("#SAKNAS!");
    expect(localErrorCode("#VALUE!", "sv")).toBe("#VÄRDEFEL!");
    expect(localErrorCode("#NAME?", "sv")).toBe("#NAMN?");
    expect(localErrorCode("#N/A", "en")).toBe("#N/A");
  });
});
