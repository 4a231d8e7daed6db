#!/usr/bin/env python3
"""Fails when an HTML page has other than one h1, or skips a heading level going down (h2 -> h4)."""
import sys
from html.parser import HTMLParser


class Headings(HTMLParser):
    def __init__(self):
        super().__init__()
        self.levels = []

    def handle_starttag(self, tag, attrs):
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            self.levels.append((int(tag[1]), self.getpos()[0]))


def problems(path):
    parser = Headings()
    with open(path, encoding="utf-8") as page:
        parser.feed(page.read())
    found = []
    h1 = [line for level, line in parser.levels if level == 1]
    if len(h1) != 1:
        found.append(f"{path}:1: expected exactly one h1, found {len(h1)}")
    previous = 0
    for level, line in parser.levels:
        if level > previous + 1:
            found.append(f"{path}:{line}: h{level} follows h{previous}: a heading level is skipped")
        previous = level
    return found


def main(paths):
    found = [problem for path in paths for problem in problems(path)]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
