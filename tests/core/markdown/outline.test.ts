import { parseOutline, type OutlineNode } from "../../../src/core/markdown/outline";

/** The tree as `text` with children, to compare shapes at a glance. */
type Shape = [string, Shape[]] | string;
const shape = (n: OutlineNode): Shape => (n.children.length === 0 ? n.text : [n.text, n.children.map(shape)]);
const tree = (...lines: string[]): Shape[] => parseOutline(lines).children.map(shape);

describe("parseOutline", () => {
  it("nests list items by indentation and drops their markers", () => {
    expect(tree("- Amazon SQS", "\t- 메시지 큐", "\t\t- FIFO", "- Amazon SNS")).toEqual([
      ["Amazon SQS", [["메시지 큐", ["FIFO"]]]], "Amazon SNS",
    ]);
  });

  it("reads `*`, `+`, `1.` and `1)` markers and removes task checkboxes", () => {
    expect(tree("* a", "+ b", "1. c", "2) d", "- [x] e", "- [ ] f")).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("treats the same depth written with a tab, four spaces or four NBSPs as the same depth", () => {
    const expected = [["EC2", ["가상 서버", "AMI"]]];
    expect(tree("- EC2", "\t- 가상 서버", "    - AMI")).toEqual(expected);
    expect(tree("- EC2", "\u00a0\u00a0\u00a0\u00a0- 가상 서버", "\t- AMI")).toEqual(expected);
  });

  it("lets a single paragraph line directly above a list hold that list", () => {
    expect(tree("Amazon EMR(Elastic MapReduce)", "- 빅데이터 플랫폼", "\t- 하둡, 스파크")).toEqual([
      ["Amazon EMR(Elastic MapReduce)", [["빅데이터 플랫폼", ["하둡, 스파크"]]]],
    ]);
  });

  it("does not let a paragraph separated by a blank line hold the list after it", () => {
    expect(tree("그냥 문장", "", "- S3")).toEqual(["그냥 문장", "S3"]);
  });

  it("puts blocks under the heading above them, and closes a heading at the next one of its level", () => {
    const root = parseOutline(["# 제목", "## Amazon EC2", "가상 서버", "## Amazon S3", "- 객체"]);
    expect(root.children.map(shape)).toEqual([["제목", [["Amazon EC2", ["가상 서버"]], ["Amazon S3", ["객체"]]]]]);
    const ec2 = root.children[0]?.children[0];
    expect(ec2).toMatchObject({ kind: "heading", level: 2, line: 1, endLine: 2 });
  });

  it("removes closing hashes from a heading and does not read `#tag` as a heading", () => {
    expect(tree("## Amazon VPC ##", "#aws 태그")).toEqual([["Amazon VPC", ["#aws 태그"]]]);
  });

  it("reads a callout's title and body as a block with children", () => {
    const root = parseOutline(["> [!info] 핵심", "> 첫 줄", "> - 항목"]);
    const callout = root.children[0];
    expect(callout).toMatchObject({ kind: "callout", text: "핵심", line: 0, endLine: 2 });
    expect(callout?.children.map(shape)).toEqual([["첫 줄", ["항목"]]]);
    expect(callout?.children[0]?.children[0]?.line).toBe(2);
  });

  it("ends lists at a horizontal rule", () => {
    expect(tree("- 분류 : 설명", "---", "\t- 다음")).toEqual(["분류 : 설명", "다음"]);
  });

  it("gives every node the last line its subtree covers", () => {
    const root = parseOutline(["- A", "\t- b", "", "\t- c", "- D"]);
    expect(root.children.map((n) => [n.line, n.endLine])).toEqual([[0, 3], [4, 4]]);
  });

  it("builds very deep nesting without running out of stack", () => {
    const lines = Array.from({ length: 5000 }, (_v, i) => `${" ".repeat(i)}- ${i}`);
    const root = parseOutline(lines);
    expect(root.children).toHaveLength(1);
    expect(root.children[0]?.endLine).toBe(4999);
  });
});
