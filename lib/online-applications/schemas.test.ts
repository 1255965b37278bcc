import { describe, expect, it } from "vitest";
import { validIdCard } from "./schemas";

describe("居民身份证 check character", () => {
  it("accepts a number whose check character is right and refuses one that is not", () => {
    expect(validIdCard("110101199003076632")).toBe(true);
    expect(validIdCard("11010119900307663X")).toBe(false);
    expect(validIdCard("123")).toBe(false);
  });
});
