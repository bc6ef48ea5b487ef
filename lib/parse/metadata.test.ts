import { describe, expect, it } from "vitest";
import { normalizeDate, normalizeUrl } from "./metadata";

describe("normalizeDate", () => {
  it.each([
    ["2025-09-24", "2025-09-24"],
    [" 2025-09-24 ", "2025-09-24"],
    ["2025-09-24T14:00:00Z", "2025-09-24T14:00:00Z"],
    ["2025-09-24T14:00:00.000Z", "2025-09-24T14:00:00Z"],
    ["2025-09-24T14:00:00.250Z", "2025-09-24T14:00:00.250Z"],
    ["2025-09-24T10:00:00-04:00", "2025-09-24T14:00:00Z"],
    ["2025-09-24T23:30:00+0530", "2025-09-24T18:00:00Z"],
    ["2025-09-25T01:00+02", "2025-09-24T23:00:00Z"],
    ["2025-09-24T14:00:00", "2025-09-24T14:00:00Z"],
    ["2025-09-24 14:00", "2025-09-24T14:00:00Z"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(["yesterday", "2025-02-30", "2025-13-01", "24/09/2025", "2025-09-24T25:00:00Z", "2025-09-24T10:00:00+25:00", "Sep 24, 2025", ""])(
    "rejects %j",
    (input) => {
      expect(normalizeDate(input)).toBeNull();
    },
  );
});

describe("normalizeUrl", () => {
  it("accepts absolute http(s) URLs only", () => {
    expect(normalizeUrl(" https://example.com/a?b=1 ")).toBe("https://example.com/a?b=1");
    expect(normalizeUrl("http://example.com")).toBe("http://example.com/");
    expect(normalizeUrl("ftp://example.com/a")).toBeNull();
    expect(normalizeUrl("/relative/path")).toBeNull();
    expect(normalizeUrl("javascript:alert(1)")).toBeNull();
  });
});
