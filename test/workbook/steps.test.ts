import { mapInSteps, nextTask } from "../../src/workbook/steps";

test("nextTask resolves after the tasks already queued, not within the current one", async () => {
  const order: string[] = [];
  setTimeout(() => order.push("queued before"), 0);
  const waited = nextTask().then(() => order.push("next task"));
  order.push("still this task");
  await waited;
  expect(order).toEqual(["still this task", "queued before", "next task"]);
});

test("rows are converted in order, a step of rows a task, with other tasks run between steps", async () => {
  const events: string[] = [];
  const rows = Array.from({ length: 7 }, (_, index) => index + 1);
  // A timer queued before the conversion starts runs after its first step of three rows.
  setTimeout(() => events.push("other task"), 0);
  const squares = await mapInSteps(
    rows,
    (row) => {
      events.push(`row ${row}`);
      return row * row;
    },
    3,
  );
  expect(squares).toEqual([1, 4, 9, 16, 25, 36, 49]);
  expect(events.slice(0, 4)).toEqual(["row 1", "row 2", "row 3", "other task"]);
  expect(events).toHaveLength(8);
});

test("no rows: nothing converted, no wait", async () => {
  await expect(mapInSteps([], () => 1)).resolves.toEqual([]);
});
