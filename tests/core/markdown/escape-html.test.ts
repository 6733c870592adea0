import { escapeHtml, escapeHtmlOutsideCode } from "../../../src/core/markdown/escape-html";

describe("note text for the markdown renderer", () => {
  it("shows HTML written in a note as text", () => {
    expect(escapeHtml("<img src=x onerror=alert(1)> & **굵게**")).toBe("&lt;img src=x onerror=alert(1)&gt; &amp; **굵게**");
  });

  it("leaves code spans as written, so `<T>` shows as <T> and not &lt;T&gt;", () => {
    expect(escapeHtmlOutsideCode("제네릭 `List<T>` 와 <b>굵게</b>")).toBe("제네릭 `List<T>` 와 &lt;b&gt;굵게&lt;/b&gt;");
    expect(escapeHtmlOutsideCode("``a ` <b> ``, then <i>")).toBe("``a ` <b> ``, then &lt;i&gt;");
  });

  it("treats a backtick with no closing run as text, and escapes what follows it", () => {
    expect(escapeHtmlOutsideCode("a ` <script>x</script>")).toBe("a ` &lt;script&gt;x&lt;/script&gt;");
    expect(escapeHtmlOutsideCode("``` <b> `")).toBe("``` &lt;b&gt; `");
  });

  it("never lets a tag through, whatever the backticks", () => {
    const samples = ["`<a>`<b>`", "<`x`>", "`` ` <i> ` ``<u>", "````", "<`>`<`>"];
    for (const s of samples) {
      const out = escapeHtmlOutsideCode(s);
      // Outside the code spans it kept, no `<` is left.
      const outside = out.replace(/(`+)[\s\S]*?\1/g, "");
      expect(outside).not.toMatch(/</);
    }
  });
});
