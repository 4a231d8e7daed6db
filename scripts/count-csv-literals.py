#!/usr/bin/env python3
"""Counts the CSV rows and headers written as string literals in the Swift tests (issue 29, item 3).

A test's rows come from the dataset catalog through the row builder (Tests/DiscloseKitTests/Rows.swift);
a row spelled out as text declares the data contract a second time. This prints every string literal
holding a line that looks like a CSV row or header (three or more fields: two commas not followed by a
space, outside any interpolation; see looks_like_csv), then the count of literals and of such lines.
Tests of CSV syntax itself keep theirs.

  python3 scripts/count-csv-literals.py [--max N] [folder ...]   (default folder: Tests/DiscloseKitTests)

With --max N it exits 1 when more than N literals are found.
"""
import os
import re
import sys


def literals(text):
    """Yields (line number, [(line number, content)]) for each string literal: its lines, interpolations blanked."""
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            line += text.count("\n", i, end)
            i = end
        elif c == '"' or (c == "#" and re.match(r'#+"', text[i:])):
            hashes = len(re.match(r'#*', text[i:]).group(0))
            i += hashes
            multi = text.startswith('"""', i)
            i += 3 if multi else 1
            close = ('"""' if multi else '"') + "#" * hashes
            escape = "\\" + "#" * hashes
            content, start = [], line
            while i < n and not text.startswith(close, i):
                if text.startswith(escape + "(", i):  # interpolation: skip balanced parentheses
                    i += len(escape) + 1
                    depth = 1
                    while i < n and depth:
                        if text[i] == "(":
                            depth += 1
                        elif text[i] == ")":
                            depth -= 1
                        elif text[i] == "\n":
                            line += 1
                        i += 1
                    content.append("X")
                elif text.startswith(escape, i):
                    escaped = text[i + len(escape): i + len(escape) + 1]
                    content.append("\n" if escaped == "n" else "\\" + escaped)
                    i += len(escape) + 1
                else:
                    if text[i] == "\n":
                        line += 1
                    content.append(text[i])
                    i += 1
            i += len(close)
            yield start, [(start + offset if multi else start, piece)
                          for offset, piece in enumerate("".join(content).split("\n"))]
        else:
            i += 1


def looks_like_csv(piece):
    """Three or more fields: two commas not followed by a space. Not YAML (`key: `, `{`), a workflow command
    (`::error file=…,line=…`), a markup attribute (`points="0,0 …"`) or a number with thousands separators."""
    if re.search(r"^\s*[-\w]+: ", piece) or "{" in piece or "::" in piece or re.search(r'\w=\\?"', piece):
        return False
    piece = re.sub(r"(?<=\d),(?=\d{3}(\D|$))", "", piece)
    return len(re.findall(r",(?! )", piece.strip())) >= 2


def main(argv):
    limit = None
    if argv[:1] == ["--max"]:
        limit, argv = int(argv[1]), argv[2:]
    folders = argv or ["Tests/DiscloseKitTests"]
    total, lines, per_file = 0, 0, []
    for folder in folders:
        for root, _, files in sorted(os.walk(folder)):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as source:
                    found = []
                    for start, pieces in literals(source.read()):
                        rows = [(number, piece) for number, piece in pieces if looks_like_csv(piece)]
                        if rows:
                            found.append((start, rows))
                for start, rows in found:
                    print(f"{path}:{start}: " + " | ".join(piece.strip()[:60] for _, piece in rows)[:160])
                if found:
                    per_file.append((path, len(found), sum(len(rows) for _, rows in found)))
                total += len(found)
                lines += sum(len(rows) for _, rows in found)
    for path, count, row_lines in per_file:
        print(f"{count:5d} literals {row_lines:5d} lines  {path}", file=sys.stderr)
    print(f"{total} string literals hold a CSV row or header ({lines} CSV lines) in {len(per_file)} files", file=sys.stderr)
    return 1 if limit is not None and total > limit else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
