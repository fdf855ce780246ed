import { removeProductionBuild } from "./productionBuild";

/** jest.config.js's global setup: each run builds production afresh (see productionBuild.ts). */
export default function globalSetup(): void {
  removeProductionBuild();
}
