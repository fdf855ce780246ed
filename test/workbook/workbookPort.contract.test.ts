/**
 * One contract for every WorkbookPort (src/workbook/types.ts): each case below runs against the
 * Office.js port on office-addin-mock, the preview's HyperFormula workbook and the tests' in-memory
 * port, all opened on the same starting workbook (test/support/workbookPorts.ts: sheets Blad1 and
 * Plan, TABLE at Blad1!B2:D3, selected). Expected figures are written here, not taken from any port.
 *
 * Adding a case:
 * - Write it inside `describe.each(PORT_IMPLEMENTATIONS)` below, as `it("…", async () => …)`, opening
 *   its workbook with `open({ … })` and asking only the port (`port.readRange`, `port.createSheet`, …).
 * - When the case needs a starting state or an action the port does not offer (a change made by the
 *   user, marks on a sheet, a failing write), add an option to `PortSetup` or a method to
 *   `PortUnderTest` in test/support/workbookPorts.ts and give it to all three implementations there;
 *   an implementation that cannot model it says so in a comment and the case is skipped for it by
 *   name, never silently passed.
 * - A new port method: add it to WorkbookPort, to the three implementations, and its cases here.
 */
import { call, constant, formula, label, num, ref } from "../../src/sheets/nodes";
import { WorkbookError } from "../../src/workbook/errors";
import type { SheetPlan } from "../../src/workbook/types";
import { rejection } from "../support/excelMock";
import { closePorts, PORT_IMPLEMENTATIONS, TABLE } from "../support/workbookPorts";

/** Three cells filled (a bold label, a number, a formula); the others empty, planned as "", null or nothing. */
const PLAN: SheetPlan = {
  name: "Uppföljning 2024-03",
  rows: [
    [label("Åtgärd", true), label(""), {}],
    [constant(12.5, "#,##0.0"), formula(call("SUM", ref("A2"), num(1))), { value: null }],
  ],
  columnWidths: [120, 80],
  freezeRows: 1,
};
const FILLED_CELLS = 3;

afterEach(closePorts);

describe.each(PORT_IMPLEMENTATIONS)("WorkbookPort: $name", ({ name, open }) => {
  describe("reads", () => {
    it("gives the selection as Excel does: values, value types, and where it lies", async () => {
      const { port } = open();

      expect(await port.readSelection()).toEqual({
        sheet: "Blad1",
        address: "B2:D3",
        top: 1,
        left: 1,
        values: [
          ["Åtgärd", "Effekt", ""],
          ["Hyrstopp", 12.5, true],
        ],
        valueTypes: [
          ["String", "String", "Empty"],
          ["String", "Double", "Boolean"],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["General", "General", "General"],
        ],
        hasMergedCells: false,
      });
    });

    it("reads a range by its address with its sheet", async () => {
      const { port } = open();

      const snapshot = await port.readRange(`Blad1!${TABLE.address}`);

      expect(snapshot).toMatchObject({ sheet: "Blad1", address: "B2:D3", top: 1, left: 1 });
      expect(snapshot.values[1]).toEqual(["Hyrstopp", 12.5, true]);
    });

    it("calls an address on a sheet that does not exist, or no address at all, invalidAddress", async () => {
      const { port } = open();

      expect(await rejection(port.readRange("Saknas!B2"))).toMatchObject({
        code: "invalidAddress",
      });
      expect(await rejection(port.readRange("Prognos"))).toMatchObject({
        code: "invalidAddress",
        address: "Prognos",
      });
    });

    it("lists the sheets in their order", async () => {
      expect(await open({ sheets: ["Blad1", "Plan", "Utfall"] }).port.sheetNames()).toEqual([
        "Blad1",
        "Plan",
        "Utfall",
      ]);
    });
  });

  describe("createSheet", () => {
    it("adds the sheet and counts only the cells it fills", async () => {
      const { port } = open();

      expect(await port.createSheet(PLAN)).toEqual({ name: PLAN.name, cellCount: FILLED_CELLS });
      expect(await port.sheetNames()).toEqual(["Blad1", "Plan", PLAN.name]);
    });

    it("refuses a name already taken, whatever its case, and writes nothing", async () => {
      const { port } = open({ sheets: ["Blad1", "UPPFÖLJNING 2024-03"] });

      expect(await rejection(port.createSheet(PLAN))).toMatchObject({
        code: "nameTaken",
        sheetName: PLAN.name,
      });
      expect(await port.sheetNames()).toEqual(["Blad1", "UPPFÖLJNING 2024-03"]);
    });

    it("refuses a name it created itself a moment ago", async () => {
      const { port } = open();
      await port.createSheet(PLAN);

      expect(await rejection(port.createSheet(PLAN))).toMatchObject({ code: "nameTaken" });
      expect(await port.sheetNames()).toEqual(["Blad1", "Plan", PLAN.name]);
    });

    it("refuses a workbook whose structure is protected, and writes nothing", async () => {
      const { port } = open({ structureProtected: true });

      expect(await rejection(port.createSheet(PLAN))).toMatchObject({
        code: "workbookProtected",
        sheetName: PLAN.name,
      });
      expect(await port.sheetNames()).toEqual(["Blad1", "Plan"]);
    });

    it("refuses, as a programming error, a plan Excel could not take, before adding anything", async () => {
      const { port } = open();
      const plans: [SheetPlan, RegExp][] = [
        [{ ...PLAN, name: "Plan: mars" }, /Plan: mars/],
        [{ ...PLAN, name: "History" }, /History/],
        [{ ...PLAN, rows: [[formula(call("VLOOKUP", ref("A1")))]] }, /VLOOKUP/],
        [{ ...PLAN, rows: [[constant(Number.POSITIVE_INFINITY)]] }, /Infinity/],
      ];

      for (const [plan, message] of plans) {
        const error = await port.createSheet(plan).then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(error).toBeInstanceOf(Error);
        expect(error).not.toBeInstanceOf(WorkbookError);
        expect(String(error)).toMatch(message);
      }
      expect(await port.sheetNames()).toEqual(["Blad1", "Plan"]);
    });

    it("is all or nothing: a failed write leaves no sheet behind, and the name stays free", async () => {
      const { port, failNextWrite } = open();
      failNextWrite();

      expect(await rejection(port.createSheet(PLAN))).toMatchObject({ code: "writeFailed" });
      expect(await port.sheetNames()).toEqual(["Blad1", "Plan"]);
      expect(await port.createSheet(PLAN)).toEqual({ name: PLAN.name, cellCount: FILLED_CELLS });
    });
  });

  describe("marks and updates", () => {
    // Office.js on office-addin-mock holds no sheet's custom properties (see PortUnderTest.rename).
    const itWithMarks = name.startsWith("Office.js") ? it.skip : it;
    const MARKED: SheetPlan = { ...PLAN, mark: { kind: "followUp", source: "Blad1!B2:D3" } };
    const UPDATE: SheetPlan = {
      ...MARKED,
      name: "Uppföljning 2024-04",
      rows: [[label("Åtgärd", true)], [constant(14)], [constant(15)]],
    };

    itWithMarks(
      "marks a sheet it creates, and finds it by its mark after the user renamed it",
      async () => {
        const { port, rename = () => undefined } = open();
        expect(await port.markedSheets()).toEqual([]);

        await port.createSheet(MARKED);
        await port.createSheet({ ...PLAN, name: "Utan märke" });
        rename(MARKED.name, "Mars");

        expect(await port.markedSheets()).toEqual([{ name: "Mars", mark: MARKED.mark }]);
      },
    );

    itWithMarks(
      "rewrites the marked sheet whole under its own name, and no other sheet",
      async () => {
        const { port, rename = () => undefined } = open();
        await port.createSheet(MARKED);
        rename(MARKED.name, "Mars");
        const before = await port.sheetNames();

        const updated = await port.updateSheet("Mars", UPDATE);

        expect(updated).toEqual({ name: "Mars", cellCount: 3 });
        expect(await port.sheetNames()).toEqual(before);
        expect(await port.markedSheets()).toEqual([{ name: "Mars", mark: UPDATE.mark }]);
      },
    );

    itWithMarks(
      "refuses to update a sheet Balans did not create, or one of another kind",
      async () => {
        const { port } = open();
        await port.createSheet(MARKED);

        expect(await rejection(port.updateSheet("Plan", UPDATE))).toMatchObject({
          code: "notBalansSheet",
          sheetName: "Plan",
        });
        const staffing: SheetPlan = {
          ...UPDATE,
          mark: { kind: "staffing", source: "Blad1!B2:D3" },
        };
        expect(await rejection(port.updateSheet(MARKED.name, staffing))).toMatchObject({
          code: "notBalansSheet",
        });
        expect(await rejection(port.updateSheet("Finns inte", UPDATE))).toMatchObject({
          code: "notBalansSheet",
        });
        expect(await port.markedSheets()).toEqual([{ name: MARKED.name, mark: MARKED.mark }]);
      },
    );
  });

  describe("settings", () => {
    it("keeps what was saved, each save over the last", async () => {
      const { port } = open();

      await port.saveSettings({ unit: "tkr", hoursPerMonth: 165 });
      await port.saveSettings({ unit: "mkr" });

      expect(await port.loadSettings()).toEqual({ unit: "mkr", hoursPerMonth: 165 });
    });
  });

  describe("change events", () => {
    // Office.js: office-addin-mock has no events; its handlers are played in test/excel/watchRanges.test.ts.
    const itWithEvents = name.startsWith("Office.js") ? it.skip : it;
    const watched = [{ sheet: "Blad1", address: TABLE.address }];
    const editing = () => {
      const { port, edit } = open();
      if (!edit) throw new Error(`${name} models no edits`);
      return { port, edit };
    };

    itWithEvents("tells a watcher of an edited cell inside its range, once per edit", async () => {
      const { port, edit } = editing();
      const onChange = jest.fn();
      await port.watchRanges(watched, onChange);
      edit("C3", 13);
      expect(onChange).toHaveBeenCalledTimes(1);
    });

    itWithEvents(
      "leaves a watcher alone on an edit outside its range, and once stopped",
      async () => {
        const { port, edit } = editing();
        const onChange = jest.fn();
        const stop = await port.watchRanges(watched, onChange);
        edit("F9", 1);
        expect(onChange).not.toHaveBeenCalled();
        stop();
        edit("C3", 13);
        expect(onChange).not.toHaveBeenCalled();
      },
    );
  });
});
