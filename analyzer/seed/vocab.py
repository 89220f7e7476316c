"""Word lists and value vocabularies that make generated text look like an app's data."""

from __future__ import annotations

import random

WORDS = (
    "data team cloud fast simple guide launch update product design review growth "
    "market story ideas build scale secure smart modern green light quick first "
    "better daily weekly report plan project study notes travel music coffee photo "
    "health money future world local city garden home kitchen market summer winter "
    "spring autumn ocean river forest mountain open free best great new top easy"
).split()[:64]

FIRST_NAMES = (
    "James Mary John Linda Robert Emma Michael Sophia David Olivia William Ava Daniel Mia "
    "Lucas Lena Noah Yuki Liam Hana Mateo Chloe Ethan Sara Leon Anna Omar Nora Ivan Elif Raj Mei"
).split()

LAST_NAMES = (
    "Smith Johnson Brown Garcia Miller Davis Wilson Moore Taylor Martin Lee Clark Lewis Walker "
    "Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mueller Schmidt Dubois "
    "Rossi Tanaka Sato Kim Nguyen"
).split()

DOMAINS = ("example.com", "example.org", "mail.example", "test.example", "corp.example",
           "inbox.example", "demo.example", "app.example")

# Categorical vocabularies by column-name fragment; the first value dominates.
CATEGORIES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("locale", "language", "lang"), ("en", "de", "fr", "es", "ja", "zh", "pt", "it")),
    (("role",), ("user", "admin", "moderator")),
    (("currency",), ("usd", "eur", "gbp", "jpy")),
    (("country",), ("US", "DE", "GB", "FR", "IN", "JP", "BR", "CA")),
    (("provider",), ("credential", "google", "github", "apple")),
    (("visibility",), ("public", "private", "unlisted")),
    (("interval", "period", "billing_cycle"), ("month", "year")),
    (("tier", "plan"), ("free", "pro", "team", "enterprise")),
    (("platform", "device"), ("web", "ios", "android")),
    (("channel", "source"), ("organic", "direct", "referral", "email", "ads")),
    (("method",), ("card", "paypal", "bank_transfer")),
    (("priority", "severity", "level"), ("normal", "low", "high", "urgent")),
    (("type", "kind", "category"), ("standard", "premium", "basic", "other")),
    (("gender",), ("female", "male", "other")),
)

# Status vocabularies by table-name fragment; the first value dominates.
STATUSES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("order", "payment", "invoice", "transaction", "charge"), ("completed", "pending", "failed", "refunded")),
    (("subscription",), ("active", "canceled", "past_due", "trialing")),
    (("post", "article", "page", "doc"), ("published", "draft", "archived")),
    (("task", "job", "ticket", "issue"), ("done", "open", "in_progress", "closed")),
    ((), ("active", "inactive", "pending", "disabled")),
)

# Values that usually dominate an enum or a CHECK list when present.
DOMINANT = ("active", "completed", "published", "succeeded", "paid", "en", "user", "open", "done",
            "enabled", "approved", "success", "confirmed", "public", "normal", "standard", "default")


def paragraphs(count: int = 256, seed: int = 20240601) -> tuple[str, ...]:
    """Distinct ASCII paragraphs of ~250-650 characters: building blocks of long text."""
    rng = random.Random(seed)
    vocabulary = [a + b for a in ("", "re", "un", "pre", "over") for b in WORDS] + list(WORDS)
    result = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(3, 7)):
            words = rng.choices(vocabulary, k=rng.randint(6, 14))
            sentences.append(" ".join(words).capitalize() + ".")
        result.append(" ".join(sentences))
    return tuple(result)
