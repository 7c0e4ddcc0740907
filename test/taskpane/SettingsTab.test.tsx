/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import SettingsTab from "../../src/taskpane/tabs/SettingsTab";
import { createModel } from "../../src/core/model/create";
import { emptyOrgProfile, sampleOrgProfile } from "../../src/core/org/defaults";
import { ORG_EXPORTED_KEY, orgProfileJson } from "../../src/core/org/profile-json";
import { settings as t } from "../../src/taskpane/i18n/vi/settings";
import { renderTab } from "./app-harness";

const model = () => createModel({ paragraphs: ["x"] });

jest.setTimeout(30_000);

describe("SettingsTab", () => {
  it("saves the profile and offers a JSON copy on the first save", async () => {
    const h = await renderTab(<SettingsTab />, model(), emptyOrgProfile());
    fireEvent.change(screen.getByLabelText(t.agencyName), { target: { value: "SỞ NỘI VỤ" } });
    fireEvent.change(screen.getByLabelText(t.profile), { target: { value: "mttq" } });
    fireEvent.change(screen.getByLabelText(t.authority), { target: { value: "KT" } });
    fireEvent.change(screen.getByLabelText(t.recipients), {
      target: { value: "UBND tỉnh (B/c)\nCác phòng" },
    });
    fireEvent.click(screen.getByRole("button", { name: t.save }));
    expect(h.orgs).toHaveLength(1);
    expect(h.orgs[0]).toMatchObject({
      agencyName: "SỞ NỘI VỤ",
      profile: "mttq",
      signer: { authority: "KT" },
      recipients: [{ name: "UBND tỉnh", purpose: "B/c" }, { name: "Các phòng" }],
    });
    expect(screen.getByText(t.exportOffer)).toBeTruthy();
    expect((screen.getByLabelText(t.exportCopy) as HTMLTextAreaElement).value).toContain(
      '"agencyName": "SỞ NỘI VỤ"',
    );
    expect(screen.getByText(t.storageNote)).toBeTruthy();
  });

  it("does not offer the copy again once exported", async () => {
    const h = await renderTab(<SettingsTab />, model(), sampleOrgProfile());
    h.services.settings.set(ORG_EXPORTED_KEY, true);
    fireEvent.click(screen.getByRole("button", { name: t.save }));
    expect(screen.queryByText(t.exportOffer)).toBeNull();
  });

  it("imports a shared JSON profile and refuses a broken one", async () => {
    const h = await renderTab(<SettingsTab />, model(), emptyOrgProfile());
    const input = screen.getByLabelText(t.import, { selector: "input" });
    const good = new File([orgProfileJson(sampleOrgProfile())], "org.json", { type: "application/json" });
    fireEvent.change(input, { target: { files: [good] } });
    await screen.findByText(t.imported, undefined, { timeout: 5000 });
    expect(h.orgs[0].agencyName).toBe(sampleOrgProfile().agencyName);
    expect((screen.getByLabelText(t.agencyName) as HTMLInputElement).value).toBe(
      sampleOrgProfile().agencyName,
    );
    const bad = new File(["{oops"], "bad.json", { type: "application/json" });
    fireEvent.change(input, { target: { files: [bad] } });
    await waitFor(() => expect(screen.getByText(/Không nhập được/)).toBeTruthy());
    expect(h.orgs).toHaveLength(1);
  });

  it("offers the tỉnh and xã of the units after 01/7/2025, loaded when a field is focused", async () => {
    const h = await renderTab(<SettingsTab />, model(), emptyOrgProfile());
    const province = screen.getByLabelText(t.province) as HTMLInputElement;
    expect(province.list?.options).toHaveLength(0);
    fireEvent.focus(province);
    await waitFor(() => expect(province.list?.options).toHaveLength(34), { timeout: 10_000 });
    fireEvent.change(province, { target: { value: "Bắc Giang" } });
    expect(screen.getByText(t.provinceMerged("Bắc Giang", "Bắc Ninh"))).toBeTruthy();
    fireEvent.change(province, { target: { value: "Bắc Ninh" } });
    const commune = screen.getByLabelText(t.commune) as HTMLInputElement;
    const offered = [...(commune.list?.options ?? [])].map((o) => o.label);
    expect(offered).toContain("Xã Lục Nam");
    expect(offered).toContain("Phường Bắc Giang");
    fireEvent.change(commune, { target: { value: "Tiên Nha" } });
    expect(screen.getByText(t.communeUnknown("Tiên Nha", "Bắc Ninh"))).toBeTruthy();
    fireEvent.change(commune, { target: { value: "Lục Nam" } });
    fireEvent.click(screen.getByRole("button", { name: t.save }));
    expect(h.orgs[0]).toMatchObject({ province: "Bắc Ninh", commune: "Lục Nam" });
  });
});
