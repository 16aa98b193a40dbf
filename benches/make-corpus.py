#!/usr/bin/env python3
"""A deterministic trilingual corpus for build benchmarks.

make-corpus.py N DIR writes N pages in each of Arabic, French and Amazigh
(Tifinagh) under DIR/content/<lang>/section-XX/page-NNNNN.md: 600-1200 words
of Markdown with headings, lists, links, emphasis and a table, YAML front
matter (title, date, weight). The same files build as an amal site (with the
repository's theme and locales) and as a Hugo multilingual site (contentDir
per language, with benches/hugo/ as its minimal theme).
"""
import random, sys
from pathlib import Path

WORDS = {
    "ar": "المركز النساء الاستماع التوجيه الدعم النفسي الحقوق الإيواء المواكبة الجمعية الشركاء الأسرة العمل التكوين الصحة القانون المجتمع الخدمات الاستقبال التحسيس الوساطة الإدماج المساعدة الجماعة الإقليم الخميسات البرنامج اللقاء التعاون الحماية الكرامة".split(),
    "fr": "centre femmes écoute orientation soutien psychologique droits hébergement accompagnement association partenaires famille travail formation santé justice société services accueil sensibilisation médiation insertion assistance commune province programme réunion coopération protection dignité".split(),
    "zgh": "ⴰⵎⵎⴰⵙ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵜⴰⵙⴼⵍⴷⵜ ⴰⵙⵏⵎⴰⵍ ⴰⵙⵏⴰⴷ ⵉⵣⵔⴼⴰⵏ ⴰⵙⵏⵙⵉ ⴰⵎⵓⵏ ⵜⴰⵎⵓⵏⵜ ⵉⵎⴷⵔⴰⵡⵏ ⵜⴰⵡⵊⵊⴰ ⵜⴰⵡⵓⵔⵉ ⴰⵙⵎⵓⵜⵜⴳ ⵜⴰⴷⵓⵙⵉ ⴰⵣⵔⴼ ⴰⵎⴷⴰⵏ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴰⵙⵏⵓⴱⴳ ⴰⵙⵙⵏⵜⵉ ⴰⵙⵎⵎⴰⵙ ⴰⵙⵎⴷⵢ ⵜⴰⵡⵉⵙⵉ ⵜⴰⵎⵙⵍⵍⵉⵜ ⵜⴰⵙⴳⴰ ⵅⵎⵉⵙⴰⵜ ⴰⵖⴰⵡⴰⵙ ⴰⵎⵢⴰⵡⴰⵙ ⴰⵃⵟⵟⵓ".split(),
}
SECTIONS = 10

def sentence(rng, words, n):
    return " ".join(rng.choice(words) for _ in range(n))

def page(rng, lang, index, n):
    words = WORDS[lang]
    title = sentence(rng, words, rng.randint(3, 6))
    parts = [f"---\ntitle: \"{title}\"\ndate: 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\nweight: {index}\n---\n"]
    target = rng.randint(600, 1200)
    count = 0
    while count < target:
        kind = rng.random()
        if kind < 0.12:
            parts.append(f"\n## {sentence(rng, words, rng.randint(2, 5))}\n")
        elif kind < 0.24:
            items = [f"- {sentence(rng, words, rng.randint(3, 9))}" for _ in range(rng.randint(3, 6))]
            parts.append("\n" + "\n".join(items) + "\n")
            count += 20
        elif kind < 0.30:
            rows = ["| " + " | ".join(sentence(rng, words, 1) for _ in range(3)) + " |" for _ in range(4)]
            parts.append("\n" + rows[0] + "\n|---|---|---|\n" + "\n".join(rows[1:]) + "\n")
            count += 12
        else:
            length = rng.randint(30, 70)
            text = sentence(rng, words, length).split()
            text[rng.randrange(len(text))] = f"**{text[rng.randrange(len(text))]}**"
            text[rng.randrange(len(text))] = f"*{text[rng.randrange(len(text))]}*"
            other = rng.randrange(n)
            text.append(f"[{rng.choice(words)}](../../section-{other % SECTIONS:02d}/page-{other:05d}/)")
            text.append(f"[{rng.choice(words)}](https://example.org/{rng.randrange(1000)})")
            parts.append("\n" + " ".join(text) + ".\n")
            count += length
    return "".join(parts)

def main():
    n, root = int(sys.argv[1]), Path(sys.argv[2])
    for lang in WORDS:
        rng = random.Random(f"{lang}-{n}")
        base = root / "content" / lang
        base.mkdir(parents=True, exist_ok=True)
        (base / "_index.md").write_text(f"---\ntitle: \"{sentence(rng, WORDS[lang], 3)}\"\n---\n\n{sentence(rng, WORDS[lang], 40)}.\n", encoding="utf-8")
        for s in range(SECTIONS):
            section = base / f"section-{s:02d}"
            section.mkdir(exist_ok=True)
            (section / "_index.md").write_text(f"---\ntitle: \"{sentence(rng, WORDS[lang], 2)} {s}\"\nweight: {s}\n---\n", encoding="utf-8")
        for i in range(n):
            (base / f"section-{i % SECTIONS:02d}" / f"page-{i:05d}.md").write_text(page(rng, lang, i, n), encoding="utf-8")

main()
