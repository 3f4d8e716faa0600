"""Realistic comments for the rules benchmark, and the check_comments process measured.

Imported by ``benchmarks/rules.py`` (the leading underscore keeps ``make bench`` from
running it on its own).

Comments are two to four sentences of the kind a city page receives (mean above 80
characters), from a pool of authors, one every three seconds, so that the repetition
rule runs as it does in production; a few are abusive, spam, or personal information,
some of them written to evade (spaced-out letters, half-width kana, romaji), and a few
authors post the same text again and again.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "いつも石巻市の情報を発信していただきありがとうございます",
    "今度の日曜日に開催される川開き祭りの駐車場はどこにありますか",
    "燃えるゴミの収集日が祝日と重なった場合はどうなりますか",
    "三回目のワクチン接種の予約は電話でもできますか",
    "昨日の大雨で家の前の道路が冠水していました、早めの対応をお願いします",
    "避難所の場所が地図で分かるページがあると助かります",
    "子育て支援センターの開館時間を教えてください",
    "マイナンバーカードの申請は市役所の窓口でもできますか",
    "図書館の本の返却ポストは夜間も使えますか",
    "復興祈念公園の散策路がとてもきれいに整備されていました",
    "市長の方針には反対ですが、説明会を開いてくれたことには感謝しています",
    "窓口の待ち時間が長すぎるので、予約制にしてほしいです",
    "防災無線の放送が聞き取りにくい地区があります",
    "石巻焼きそばのイベント、家族で楽しませていただきました",
    "ふるさと納税の返礼品に地元の海産物をもっと増やしてほしいです",
    "雪の日のバスの運行状況はどこで確認できますか",
    "公民館の利用申し込みはオンラインでできるようになりますか",
    "道の駅で新米を販売中でした、おいしかったです",
    "高齢の母が一人で暮らしているので見守りサービスについて知りたいです",
    "議会の中継を見ましたが、もう少し分かりやすい説明が欲しいと思いました",
    "花火大会の交通規制の時間を教えてください",
    "給付金の申請書類はいつごろ届く予定ですか",
    "震災の記録を残す取り組みをこれからも続けてください",
    "海岸の清掃ボランティアに参加しました、また参加したいです",
    "市民プールの営業期間はいつまでですか",
]
# Openings that make each sentence different, so that no cache of repeated sentences
# flatters the figures (real comments rarely repeat a sentence word for word).
OPENINGS = [
    "", "昨日、", "先週の土曜日に", "{n}日の朝、", "{n}時ごろ", "蛇田地区ですが、", "渡波の者ですが、",
    "牡鹿半島の", "河北町に住んでいますが、", "{n}歳の子どもがいるのですが、", "すみません、",
    "はじめまして。", "毎年のことですが、", "{n}月になってから", "駅前で", "中央{n}丁目の",
    "友人から聞いたのですが、", "祖母の代わりに質問します。", "市報{n}月号を見て", "お疲れさまです。",
]  # fmt: skip
HARMFUL = [
    "市長はバカだ", "職員は無能、辞めろ", "お前ら死んでしまえ", "ば く は し て や る",
    "外国人は出て行け", "ﾊﾞｶ職員", "BAKA", "在宅ワークで月収100万、詳しくはDMください",
    "電話は090-1234-5678まで", "詳しくは https://bit.ly/abc123", "アカウントが停止されます。"
    "こちらで認証してください http://secure-login.example.net/", "山田候補に投票しよう",
]  # fmt: skip
SPAM = "今だけ無料！フォローしてくれた人全員にプレゼント、プロフのリンクから登録してね"


def comments(count: int, *, seed: int = 5, authors: int = 30_000) -> Iterator[dict]:
    """``count`` comment records (id, message, author, created_time), generated lazily."""
    rng = random.Random(seed)
    start = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    spammers = [f"spam{i}" for i in range(50)]
    for index in range(count):
        roll = rng.random()
        if roll < 0.02:
            author, message = rng.choice(spammers), SPAM
        else:
            # Most people comment now and then; a few comment often.
            author = f"u{rng.randrange(authors) if rng.random() < 0.8 else rng.randrange(300)}"
            parts = [
                rng.choice(OPENINGS).format(n=rng.randint(1, 31)) + sentence
                for sentence in rng.sample(SENTENCES, rng.randint(2, 4))
            ]
            if roll < 0.08:
                parts.insert(rng.randrange(len(parts) + 1), rng.choice(HARMFUL))
            message = "。".join(parts) + rng.choice(["。", "！", "?", ""])
        yield {
            "id": str(index),
            "message": message,
            "author": author,
            "created_time": (start + timedelta(seconds=3 * index)).isoformat(),
        }


def _vm_hwm_mb(pid: int) -> str | None:
    """The process's peak resident set (VmHWM) from /proc, in MB, with how much of the
    current set is private (RssAnon) and file-backed (RssFile: the analyser's memory-mapped
    dictionary and shared libraries, shared and reclaimable); None elsewhere."""
    fields = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                name, _colon, rest = line.partition(":")
                if name in ("VmHWM", "RssAnon", "RssFile"):
                    fields[name] = int(rest.split()[0]) / 1024
    except OSError:
        return None
    if "VmHWM" not in fields:
        return None
    return (
        f"{fields['VmHWM']:.0f} MB; now private {fields.get('RssAnon', 0):.0f} MB, "
        f"file-backed {fields.get('RssFile', 0):.0f} MB"
    )


def check_comments_run(count: int, marks: tuple[int, ...]) -> dict:
    """Run ``manage.py check_comments`` as a subprocess fed ``count`` comments by a
    generator; returns throughput and its peak RSS (psutil, plus /proc VmHWM) at ``marks``."""
    import psutil

    process = subprocess.Popen(  # noqa: S603 - our own manage.py with a fixed argument list
        [sys.executable, str(ROOT / "manage.py"), "check_comments"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
        bufsize=1 << 16,
    )
    watched = psutil.Process(process.pid)
    peak = {"rss": 0.0}
    done = threading.Event()

    def feed() -> None:
        assert process.stdin is not None  # noqa: S101
        for record in comments(count):
            process.stdin.write((json.dumps(record, ensure_ascii=False) + "\n").encode())
        process.stdin.close()

    def poll() -> None:
        while not done.is_set():
            try:
                peak["rss"] = max(peak["rss"], watched.memory_info().rss / 2**20)
            except psutil.Error:
                return
            time.sleep(0.05)

    started = time.perf_counter()
    threading.Thread(target=feed, daemon=True).start()
    threading.Thread(target=poll, daemon=True).start()
    results: dict = {"marks": {}}
    seen = flagged = 0
    first = None
    assert process.stdout is not None  # noqa: S101
    for line in process.stdout:
        if first is None:
            first = time.perf_counter()
        seen += 1
        flagged += b'"rule"' in line
        if seen in marks:
            results["marks"][seen] = (peak["rss"], _vm_hwm_mb(process.pid))
            elapsed = time.perf_counter() - started
            print(f"  ... {seen:,} comments in {elapsed:.0f} s ({seen / elapsed:,.0f}/s), "
                  f"peak RSS {peak['rss']:.0f} MB (VmHWM {results['marks'][seen][1]})",
                  flush=True)  # fmt: skip
    ended = time.perf_counter()
    results["marks"].setdefault(seen, (peak["rss"], _vm_hwm_mb(process.pid)))
    try:  # CPU time of the process (the minimal screener is measured in CPU time too)
        times = watched.cpu_times()
        cpu = times.user + times.system
    except psutil.Error:
        cpu = ended - started
    done.set()
    process.wait()
    results.update(
        seen=seen,
        flagged=flagged,
        seconds=ended - started,
        startup=(first or ended) - started,
        rate=seen / (ended - started),
        rate_after_startup=(seen - 1) / max(ended - (first or ended), 1e-9),
        cpu_rate=seen / max(cpu, 1e-9),
    )
    return results
