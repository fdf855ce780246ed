import { readFileSync } from "fs";
import { join } from "path";
import swedish from "../../src/functions/sv-se.json";
import { INVARIANT_DIALECT, renderFormula } from "../../src/sheets/formula";
import { call, compare, divide, minus, num, plus, ref, text, times } from "../../src/sheets/nodes";
import { FormulaDialect } from "../../src/workbook/types";

const ENGLISH: FormulaDialect = INVARIANT_DIALECT;
const SWEDISH: FormulaDialect = {
  functionLanguage: "sv",
  decimalSeparator: ",",
  listSeparator: ";",
};

/** The ids Excel knows, read from the @customfunction tags the build reads. */
const CUSTOM_FUNCTION_IDS = [
  ...readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8").matchAll(
    /@customfunction\s+(\S+)/g,
  ),
].map((match) => match[1]);

describe("renderFormula", () => {
  it("writes a Balans call in English with commas, and in Swedish with Swedish names and semicolons", () => {
    const node = call("EFFECT.EXPECTED", ref("B3"), num(3), num(1));
    expect(renderFormula(node, ENGLISH)).toBe("=BALANS.EFFECT.EXPECTED(B3,3,1)");
    expect(renderFormula(node, SWEDISH)).toBe("=BALANS.EFFEKT.FÖRVÄNTAD(B3;3;1)");
  });

  it("knows every worksheet function, with a Swedish name for each", () => {
    expect(CUSTOM_FUNCTION_IDS.length).toBeGreaterThan(0);
    expect(Object.keys(swedish.functions).sort()).toEqual([...CUSTOM_FUNCTION_IDS].sort());
    for (const id of CUSTOM_FUNCTION_IDS) {
      const swedishName = swedish.functions[id as keyof typeof swedish.functions].name;
      expect(swedishName).toMatch(/^[A-ZÅÄÖ.]+$/);
      expect(renderFormula(call(id, ref("A1"), num(2)), ENGLISH)).toBe(`=BALANS.${id}(A1,2)`);
      expect(renderFormula(call(id, ref("A1"), num(2)), SWEDISH)).toBe(
        `=BALANS.${swedishName}(A1;2)`,
      );
    }
  });

  it("translates the built-ins Balans uses", () => {
    const builtIns: [string, string][] = [
      ["SUM", "SUMMA"],
      ["IFERROR", "OMFEL"],
      ["IF", "OM"],
      ["ABS", "ABS"],
      ["MIN", "MIN"],
      ["AND", "OCH"],
      ["NOT", "ICKE"],
      ["ISNUMBER", "ÄRTAL"],
      ["ISBLANK", "ÄRTOM"],
      ["SUMIF", "SUMMA.OM"],
      ["COUNT", "ANTAL"],
    ];
    for (const [english, swedishName] of builtIns) {
      expect(renderFormula(call(english, ref("B3:B9")), ENGLISH)).toBe(`=${english}(B3:B9)`);
      expect(renderFormula(call(english, ref("B3:B9")), SWEDISH)).toBe(`=${swedishName}(B3:B9)`);
    }
  });

  it("refuses a function outside its tables as a programming error", () => {
    expect(() => renderFormula(call("VLOOKUP", ref("A1")), ENGLISH)).toThrow(/VLOOKUP/);
    expect(() => renderFormula(call("toString"), SWEDISH)).toThrow(/toString/);
  });

  it("nests calls", () => {
    const node = call("IFERROR", call("EFFECT.RATE", ref("C4"), ref("D4"), ref("$B$1")), text(""));
    expect(renderFormula(node, ENGLISH)).toBe('=IFERROR(BALANS.EFFECT.RATE(C4,D4,$B$1),"")');
    expect(renderFormula(node, SWEDISH)).toBe('=OMFEL(BALANS.EFFEKT.UPPFYLLELSE(C4;D4;$B$1);"")');
  });

  it("never ends a call in empty arguments: trailing omitted ones are dropped", () => {
    expect(renderFormula(call("FTE", ref("B2"), null, null), ENGLISH)).toBe("=BALANS.FTE(B2)");
    expect(renderFormula(call("FTE", ref("B2"), null, null), SWEDISH)).toBe(
      "=BALANS.ÅRSARBETARE(B2)",
    );
    const expected = call("EFFECT.EXPECTED", ref("D5"), ref("$B$2"), null);
    expect(renderFormula(expected, ENGLISH)).toBe("=BALANS.EFFECT.EXPECTED(D5,$B$2)");
    expect(renderFormula(expected, SWEDISH)).toBe("=BALANS.EFFEKT.FÖRVÄNTAD(D5;$B$2)");
  });

  it('writes an omitted argument before a given one as "", which every BALANS function reads as not given', () => {
    const node = call("FORECAST", ref("B3:D3"), ref("$B$2"), null, text("runrate"));
    expect(renderFormula(node, ENGLISH)).toBe('=BALANS.FORECAST(B3:D3,$B$2,"","runrate")');
    expect(renderFormula(node, SWEDISH)).toBe('=BALANS.PROGNOS(B3:D3;$B$2;"";"runrate")');
    expect(
      renderFormula(call("FORECAST", ref("B3:D3"), null, ref("F3:Q3"), null, null), SWEDISH),
    ).toBe('=BALANS.PROGNOS(B3:D3;"";F3:Q3)');
    // A built-in has no such reading of "": an omitted argument there is a programming error.
    expect(() => renderFormula(call("IF", ref("A1"), null, num(1)), ENGLISH)).toThrow(/IF/);
  });

  it("writes comparisons, which bind loosest", () => {
    const [a, b] = [ref("G5"), ref("$B$3")];
    const onTrack = call("AND", call("ISNUMBER", a), compare(a, ">=", b));
    expect(renderFormula(onTrack, ENGLISH)).toBe("=AND(ISNUMBER(G5),G5>=$B$3)");
    expect(renderFormula(onTrack, SWEDISH)).toBe("=OCH(ÄRTAL(G5);G5>=$B$3)");
    expect(renderFormula(compare(plus(a, num(1)), "<", times(b, num(0.5))), SWEDISH)).toBe(
      "=G5+1<$B$3*0,5",
    );
    expect(renderFormula(compare(a, "=", compare(b, "<>", num(0))), ENGLISH)).toBe("=G5=($B$3<>0)");
    expect(renderFormula(times(compare(a, ">", b), num(2)), ENGLISH)).toBe("=(G5>$B$3)*2");
  });

  it("writes numbers with the dialect's decimal separator and no thousands separator", () => {
    const node = call("MIN", num(-1234567.25), num(2));
    expect(renderFormula(node, ENGLISH)).toBe("=MIN(-1234567.25,2)");
    expect(renderFormula(node, SWEDISH)).toBe("=MIN(-1234567,25;2)");
    expect(renderFormula(call("FTE", ref("B2"), num(12), num(165.5)), SWEDISH)).toBe(
      "=BALANS.ÅRSARBETARE(B2;12;165,5)",
    );
    expect(renderFormula(num(0.03), SWEDISH)).toBe("=0,03");
    expect(renderFormula(num(-0), ENGLISH)).toBe("=0");
    expect(renderFormula(num(123456789012345), ENGLISH)).toBe("=123456789012345");
    expect(renderFormula(num(1e-7), SWEDISH)).toBe("=1E-7");
    expect(renderFormula(num(1.5e-7), SWEDISH)).toBe("=1,5E-7");
  });

  it("refuses a number Excel cannot hold", () => {
    expect(() => renderFormula(num(NaN), ENGLISH)).toThrow();
    expect(() => renderFormula(num(Infinity), SWEDISH)).toThrow();
  });

  it("quotes text, doubling quotes inside", () => {
    expect(
      renderFormula(call("EFFECT.FORECAST", ref("B2"), ref("C2"), num(3), text("takt")), SWEDISH),
    ).toBe('=BALANS.EFFEKT.PROGNOS(B2;C2;3;"takt")');
    expect(renderFormula(text('Säg "hej"; 1,5'), ENGLISH)).toBe('="Säg ""hej""; 1,5"');
    expect(() => renderFormula(text("x".repeat(256)), ENGLISH)).toThrow(/255/);
  });

  it("prefixes a sheet, quoting it only when Excel needs quotes", () => {
    expect(renderFormula(ref("B3", "Blad1"), ENGLISH)).toBe("=Blad1!B3");
    expect(renderFormula(ref("B3:D9", "Blad 1"), SWEDISH)).toBe("='Blad 1'!B3:D9");
    expect(renderFormula(ref("B3", "Årsplan"), SWEDISH)).toBe("='Årsplan'!B3");
    expect(renderFormula(ref("B3", "Kim's"), ENGLISH)).toBe("='Kim''s'!B3");
    expect(renderFormula(ref("B3", "AB12"), ENGLISH)).toBe("='AB12'!B3");
    expect(renderFormula(ref("B3", "R1C1"), ENGLISH)).toBe("='R1C1'!B3");
    expect(renderFormula(ref("B3", "2024"), ENGLISH)).toBe("='2024'!B3");
    expect(renderFormula(call("SUM", ref("$B$3:$B$9", "Blad 1")), SWEDISH)).toBe(
      "=SUMMA('Blad 1'!$B$3:$B$9)",
    );
  });

  it("puts parentheses only where the order of operations needs them", () => {
    const [a, b, c] = [ref("A1"), ref("B1"), ref("C1")];
    expect(renderFormula(minus(minus(a, b), c), ENGLISH)).toBe("=A1-B1-C1");
    expect(renderFormula(minus(a, minus(b, c)), ENGLISH)).toBe("=A1-(B1-C1)");
    expect(renderFormula(minus(a, plus(b, c)), ENGLISH)).toBe("=A1-(B1+C1)");
    expect(renderFormula(plus(a, minus(b, c)), ENGLISH)).toBe("=A1+B1-C1");
    expect(renderFormula(times(plus(a, b), c), ENGLISH)).toBe("=(A1+B1)*C1");
    expect(renderFormula(plus(a, times(b, c)), ENGLISH)).toBe("=A1+B1*C1");
    expect(renderFormula(divide(a, times(b, c)), ENGLISH)).toBe("=A1/(B1*C1)");
    expect(renderFormula(times(divide(a, b), c), ENGLISH)).toBe("=A1/B1*C1");
    expect(renderFormula(minus(a, num(-5)), ENGLISH)).toBe("=A1--5");
    expect(renderFormula(divide(call("GAP", a, b), num(0.5)), SWEDISH)).toBe(
      "=BALANS.AVVIKELSE(A1;B1)/0,5",
    );
  });
});
