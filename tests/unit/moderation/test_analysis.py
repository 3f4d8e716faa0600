"""The analyser's dictionary pages are given back without changing what it reads."""

import sys
from pathlib import Path

import pytest

from moderation.engine.analysis import analyse, release_dictionary_pages

TEXTS = [
    "マイナンバーカードの申請は市役所の窓口でもできますか",
    "お前ら全員ぶっ殺してやるからな",
    "石巻焼きそばのイベント、家族で楽しませていただきました",
]


def _resident_file_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1])
    raise AssertionError("no RssFile")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pages are given back on Linux")
def test_giving_the_pages_back_changes_nothing_the_analyser_reads():
    before = [analyse(text) for text in TEXTS]
    resident = _resident_file_kb()
    assert release_dictionary_pages() > 0  # the dictionary is mapped, and was advised
    # The pages left this process (each analysis touches tens of MB of them again).
    assert _resident_file_kb() < resident - 10_000
    assert [analyse(text) for text in TEXTS] == before
