import { remembered } from "../../src/taskpane/remembered";

test("a computation is made once per reading and further arguments, and again for another", () => {
  const calls: string[] = [];
  const sumTimes = remembered((reading: { values: number[] }, factor: number) => {
    calls.push(`${reading.values.join("+")}×${factor}`);
    return reading.values.reduce((total, value) => total + value, 0) * factor;
  });
  const first = { values: [1, 2, 3] };
  const same = { values: [1, 2, 3] };
  expect(sumTimes(first, 2)).toBe(12);
  expect(sumTimes(first, 2)).toBe(12);
  expect(sumTimes(first, 3)).toBe(18);
  // Another reading with the same figures is another reading: computed anew.
  expect(sumTimes(same, 2)).toBe(12);
  expect(calls).toEqual(["1+2+3×2", "1+2+3×3", "1+2+3×2"]);
});

test("an undefined result is remembered too, so it is not computed again", () => {
  let calls = 0;
  const lookUp = remembered((reading: { factor: number }, deficit: number | undefined) => {
    calls++;
    return deficit === undefined ? undefined : deficit * reading.factor;
  });
  const reading = { factor: 2 };
  expect(lookUp(reading, undefined)).toBeUndefined();
  expect(lookUp(reading, undefined)).toBeUndefined();
  expect(lookUp(reading, 5)).toBe(10);
  expect(calls).toBe(2);
});
