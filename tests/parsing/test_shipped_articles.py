"""The parser over the real published articles shipped in data/articles, one row per article.

Each row names the subjects a reader sees in that article, and a few attributes that must
land on the right subject, so a layout change that mis-reads one shape fails here by name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.load import load_article
from explorer.model import Article
from tests.support import all_strings

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"

# article id -> (subjects in order, {subject: attributes that subject must have}, n differences)
EXPECTED: dict[str, tuple[tuple[str, ...], dict[str, list[str]], int]] = {
    "dijkstra-bellman-ford": (
        ("Dijkstra's Algorithm", "Bellman-Ford Algorithm"),
        {
            "Dijkstra's Algorithm": ["Edge Weight Handling", "Algorithmic Approach", "Use Cases"],
            "Bellman-Ford Algorithm": ["Edge Weight Handling", "Algorithmic Approach", "Use Cases"],
        },
        0,
    ),
    "file-protocols": (
        (
            "HTTP (Hypertext Transfer Protocol)",
            "FTP (File Transfer Protocol)",
            "SCP (Secure Copy Protocol)",
            "SMB/CIFS (Server Message Block/Common Internet File System)",
            "NFS (Network File System)",
        ),
        {},
        0,
    ),
    "howto-mysql-debian": ((), {}, 9),  # a how-to: its steps are points, not subjects
    "json11-libraries": (
        ("Json 11", "Other JSON libraries"),
        {
            "Json 11": ["Performance", "Modification Limitations", "Ease of Use", "Feature Set"],
            "Other JSON libraries": ["Performance", "Error Handling", "Feature Set"],
        },
        2,
    ),
    "keras-tensorflow-pytorch": (
        ("Keras", "TensorFlow", "PyTorch"),
        {"Keras": ["High-Level API", "Multi-Backend Support", "Rapid Prototyping", "Limitations"]},
        0,
    ),
    "loops-count-condition": (
        ("Count-Controlled Loops", "Condition-Controlled Loops"),
        {
            # under the group label "**Characteristics:**", kept as the attributes' group
            "Count-Controlled Loops": [
                "Characteristics > Fixed Iterations",
                "Characteristics > Counter Variable",
                "Characteristics > Example",
            ],
            "Condition-Controlled Loops": [
                "Characteristics > Variable Iterations",
                "Characteristics > Condition Evaluation",
                "Characteristics > Example",
            ],
        },
        0,
    ),
    "port-numbers": (
        (
            "Well-Known Ports (0-1023)",
            "Registered Ports (1024-49151)",
            "Private/Dynamic Ports (49152-65535)",
        ),
        {"Well-Known Ports (0-1023)": ["Range", "Description"]},
        0,
    ),
    "relational-nosql": (
        ("Relational Databases (RDBMS)", "NoSQL Databases"),
        {
            "Relational Databases (RDBMS)": [
                "Structure",
                "Query Language",
                "Data Integrity",
                "Scalability",
                "Use Cases",
                "Data Structure",
                "Flexibility",
                "When to Use Each",
            ],
            "NoSQL Databases": [
                "Structure",
                "Scalability",
                "Performance",
                "Flexibility",
                "Use Cases",
                "Data Structure",
                "Query Language",
                "Data Integrity",
                "When to Use Each",
            ],
        },
        0,
    ),
    "stacks-queues": (
        ("Stack Operations", "Queue Operations"),
        {
            "Stack Operations": ["Push", "Pop", "Peek"],
            "Queue Operations": ["Enqueue", "Dequeue", "Peek"],
        },
        3,
    ),
    "subnet-masks": (
        ("/8", "/16", "/24"),
        {
            s: [
                "Subnet Mask",
                "Binary Representation",
                "Network Bits",
                "Host Bits",
                "Number of Hosts",
                "Typical Use",
            ]
            for s in ("/8", "/16", "/24")
        },
        4,
    ),
    "substitution-recursion-tree": (
        ("Substitution Method", "Recursion Tree Method"),
        {
            "Substitution Method": [
                "Approach",
                "Process > Guess",
                "Process > Induction",
                "Flexibility",
                "Limitations",
            ],
            "Recursion Tree Method": [
                "Approach",
                "Process > Tree Construction",
                "Process > Cost Calculation",
                "Visualization",
                "Use of Master Theorem",
            ],
        },
        3,
    ),
    "ula-link-local": (
        ("Unique Local Unicast Addresses (ULAs)", "Link-Local Addresses"),
        {"Link-Local Addresses": ["Prefix", "Scope", "Use Cases"]},
        3,
    ),
    # Shipped from the corpus for the framework explorer (issue 11); read by hand from each file.
    "agile-waterfall": (
        ("Waterfall", "Agile"),
        {
            s: [
                "Approach to Development",
                "Flexibility and Adaptability",
                "Customer Involvement",
                "Project Management",
                "Testing and Quality Assurance",
                "Suitability for Projects",
            ]
            for s in ("Waterfall", "Agile")
        },
        0,
    ),
    "aws-azure-gcp": (
        ("AWS", "Microsoft Azure", "Google Cloud Platform (GCP)"),
        {
            s: ["Service Offerings", "Pricing Models", "Target Markets"]
            for s in ("AWS", "Microsoft Azure", "Google Cloud Platform (GCP)")
        },
        0,
    ),
    "hadoop-spark": (
        ("Hadoop", "Spark"),
        {
            s: [
                "Processing Model",
                "Data Storage",
                "Real-Time Processing",
                "Ease of Use",
                "Fault Tolerance",
                "Resource Management",
                "Use Cases",
            ]
            for s in ("Hadoop", "Spark")
        },
        0,
    ),
    "iaas-paas-saas": (
        (
            "Infrastructure as a Service (IaaS)",
            "Platform as a Service (PaaS)",
            "Software as a Service (SaaS)",
        ),
        {
            "Platform as a Service (PaaS)": [
                "Definition",
                "Control",
                "Management",
                "Examples",
                "Advantages",
                "Disadvantages",
            ]
        },
        0,
    ),
    "scrum-kanban": (
        ("Scrum", "Kanban"),
        {
            "Scrum": [
                "Framework Type",
                "Iterations",
                "Roles",
                "Planning",
                "Adaptability",
                "Meetings",
            ],
            "Kanban": [
                "Framework Type",
                "Continuous Flow",
                "Roles",
                "Planning",
                "Adaptability",
                "Visual Management",
            ],
        },
        3,
    ),
    "tableau-powerbi-d3js": (("Tableau", "Power BI", "D3.js"), {}, 0),
    "tensorflow-sklearn-pytorch-applications": (("TensorFlow", "Scikit-learn", "PyTorch"), {}, 0),
    "tensorflow-sklearn-pytorch-use": (
        ("TensorFlow", "Scikit-learn", "PyTorch"),
        {
            "TensorFlow": [
                "Purpose",
                "Architecture",
                "Flexibility",
                "Ecosystem",
                "Community and Support",
            ],
            "Scikit-learn": ["Purpose", "Ease of Use", "Integration", "Limitations"],
            "PyTorch": ["Purpose", "Dynamic Computation", "Community and Adoption", "Integration"],
        },
        3,
    ),
}

PATHS = sorted(ARTICLES.glob("*.md"))


@pytest.fixture(scope="module")
def loaded() -> dict[str, Article]:
    return {p.stem: load_article(p) for p in PATHS}


def test_every_real_article_is_listed() -> None:
    assert sorted(p.stem for p in PATHS) == sorted(EXPECTED)


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_subjects(loaded: dict[str, Article], article_id: str) -> None:
    subjects, _, _ = EXPECTED[article_id]
    assert loaded[article_id].comparison.subjects == subjects


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_attributes_land_on_their_subject(loaded: dict[str, Article], article_id: str) -> None:
    _, attributes, n_differences = EXPECTED[article_id]
    comp = loaded[article_id].comparison
    for subject, expected in attributes.items():
        found = list(dict.fromkeys(c.attribute for c in comp.claims_for(subject) if c.attribute))
        assert found == expected, subject
    assert len(comp.differences) == n_differences


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_loads_clean(loaded: dict[str, Article], article_id: str) -> None:
    article = loaded[article_id]
    strings = [*all_strings(article.as_json()), article.markdown]
    strings += [c.text for c in article.comparison.summary_claims]
    assert not [s for s in strings if "\\n" in s], "a literal backslash-n survived repair"
    assert not [s for s in strings if "â€" in s or "Ã" in s], "mojibake survived repair"
    assert not [s for s in strings if "&nbsp;" in s or "&amp;" in s]
    assert article.comparison.intro, "every real article opens with an intro paragraph"
    assert article.comparison.conclusion, "every real article closes with a conclusion"
    assert all(c.text.strip() for c in article.comparison.claims)


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_claim_lines_point_at_their_text(loaded: dict[str, Article], article_id: str) -> None:
    article = loaded[article_id]
    lines = article.markdown.splitlines()
    for claim in article.comparison.claims:
        assert 1 <= claim.line <= len(lines)


@pytest.mark.parametrize(
    ("article_id", "subject"),
    [
        ("keras-tensorflow-pytorch", "PyTorch"),
        ("port-numbers", "Well-Known Ports (0-1023)"),
        ("loops-count-condition", "Condition-Controlled Loops"),
    ],
)
def test_summary_bullets_go_to_their_subject(
    loaded: dict[str, Article], article_id: str, subject: str
) -> None:
    summary = loaded[article_id].comparison.summary
    assert set(summary) == set(loaded[article_id].comparison.subjects)
    assert summary[subject]


def test_json11_compares_one_library_with_the_others(loaded: dict[str, Article]) -> None:
    """ "Json 11 compared to other JSON libraries": prose items, each sentence under the one
    it is about; a sentence about both stays a key point under its item."""
    comp = loaded["json11-libraries"].comparison
    assert comp.is_comparison
    others = [c.text for c in comp.claims_for("Other JSON libraries")]
    assert any(t.startswith("Libraries like nlohmann/json provide") for t in others)
    assert [d.attribute for d in comp.differences] == ["Standard Library Support", "Error Handling"]


def test_relational_summary_table_and_when_to_use(loaded: dict[str, Article]) -> None:
    comp = loaded["relational-nosql"].comparison
    cells = {
        (c.subject, c.attribute): c.text for c in comp.claims if c.attribute == "Data Integrity"
    }
    assert "Strong (constraints)" in cells.values()
    when = [c for c in comp.claims if c.attribute == "When to Use Each"]
    assert [c.subject for c in when].count("NoSQL Databases") == 4
    assert comp.summary == {}


def test_code_stays_with_its_claim(loaded: dict[str, Article]) -> None:
    comp = loaded["stacks-queues"].comparison
    push = next(c for c in comp.claims_for("Stack Operations") if c.attribute == "Push")
    assert "```python\ndef push(stack, item):\n    stack.append(item)\n```" in push.text
    loops = loaded["loops-count-condition"].comparison
    example = next(c for c in loops.claims if c.attribute == "Characteristics > Example")
    assert "for i in range(5):" in example.text


def test_latex_is_kept(loaded: dict[str, Article]) -> None:
    subnet = loaded["subnet-masks"].comparison
    hosts = next(c for c in subnet.claims_for("/8") if c.attribute == "Number of Hosts")
    assert hosts.text.startswith("$2^{24} - 2 = 16,777,214$")
    dijkstra = loaded["dijkstra-bellman-ford"].comparison
    assert any("\\(O(E + V \\log V)\\)" in c.text for c in dijkstra.claims)
