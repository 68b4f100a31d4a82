"""Writers: ``newsfacts/1`` records out, one at a time, in input order."""

from __future__ import annotations

import json
from typing import IO, Any, Protocol

from newsfacts.models import Article, ErrorRecord
from newsfacts.serialize import article_to_json, error_to_json


class Writer(Protocol):
    def write(self, item: Article | ErrorRecord) -> None: ...
    def close(self) -> None: ...


def to_record(item: Article | ErrorRecord, *, text: bool = True) -> dict[str, Any]:
    if isinstance(item, ErrorRecord):
        return error_to_json(item)
    return article_to_json(item, text=text)


class JsonlWriter:
    """One JSON object a line (``--format jsonl``)."""

    def __init__(self, out: IO[str], *, text: bool = True) -> None:
        self.out, self.text = out, text

    def write(self, item: Article | ErrorRecord) -> None:
        self.out.write(json.dumps(to_record(item, text=self.text), ensure_ascii=False))
        self.out.write("\n")

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """One JSON array (``--format json``), written as it goes so memory stays flat."""

    def __init__(self, out: IO[str], *, text: bool = True) -> None:
        self.out, self.text, self.count = out, text, 0

    def write(self, item: Article | ErrorRecord) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(json.dumps(to_record(item, text=self.text), ensure_ascii=False, indent=2))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


WRITERS: dict[str, type[JsonlWriter] | type[JsonWriter]] = {"jsonl": JsonlWriter, "json": JsonWriter}
