"""The twenty real articles of the family (../shared/real-articles), read by hand.

Each row says what a reader of the article sees: the subjects, in the article's own words and
order, and each subject's attributes in the order the article gives them (group labels as
``Group > Attribute``). Points without an attribute (a subject's own prose) are not listed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.load import load_article
from explorer.model import Article

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "real-articles"
if not REAL.is_dir():
    pytest.skip(
        f"no real articles at {REAL} (the shared folder is not laid out)", allow_module_level=True
    )

MRI = "MRI (Magnetic Resonance Imaging)"
CT = "CT (Computed Tomography)"
SUBNET = [
    "Subnet Mask",
    "Binary Representation",
    "Network Bits",
    "Host Bits",
    "Number of Hosts",
    "Typical Use",
]

# article -> {subject: attributes in order}; an empty dict: not a comparison.
EXPECTED: dict[str, dict[str, list[str]]] = {
    "aws-azure-gcp": {
        s: ["Service Offerings", "Pricing Models", "Target Markets"]
        for s in ("AWS", "Microsoft Azure", "Google Cloud Platform (GCP)")
    },
    "dijkstra-bellman-ford": {
        s: ["Edge Weight Handling", "Algorithmic Approach", "Use Cases"]
        for s in ("Dijkstra's Algorithm", "Bellman-Ford Algorithm")
    },
    "ethane-ethene-ethyne": {
        s: ["Chemical Formulas", "Bonding and Hybridization"]
        for s in ("Ethane", "Ethene", "Ethyne")
    },
    "file-protocols": {
        s: []
        for s in (
            "HTTP (Hypertext Transfer Protocol)",
            "FTP (File Transfer Protocol)",
            "SCP (Secure Copy Protocol)",
            "SMB/CIFS (Server Message Block/Common Internet File System)",
            "NFS (Network File System)",
        )
    },
    "graphic-design-tools": {
        s: ["Type", "Features", "Use Case"]
        for s in ("Adobe Photoshop", "Adobe Illustrator", "Figma", "Sketch", "Canva", "CorelDRAW")
    },
    "howto-mysql-debian": {},
    "java-cpp-ada-data-types": {
        "Java": ["Primitive Types", "Classes and Objects", "Type Checking"],
        "C++": ["Primitive Types", "Structures and Unions", "Type Safety"],
        "Ada": ["Specific Record Types", "Strong Typing", "Unions"],
    },
    # "compared to other JSON libraries": the others are the second column, by mention
    "json11-libraries": {
        "Json 11": ["Performance", "Modification Limitations", "Ease of Use", "Feature Set"],
        "Other JSON libraries": ["Performance", "Error Handling", "Feature Set"],
    },
    "linear-vs-quadratic-functions": {
        "Linear Functions": ["Domain", "Range"],
        "Quadratic Functions": ["Domain", "Range"],
    },
    "loops-count-condition": {
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
    "mri-vs-ct-brain": {
        MRI: [
            "Applications > Diagnosis of Neurological Conditions",
            "Applications > Pre-surgical Planning",
            "Applications > Functional Imaging",
            "Advantages > High Resolution",
            "Advantages > No Ionizing Radiation",
            "Advantages > Versatility",
            "Limitations > Time-Consuming",
            "Limitations > Cost",
            "Limitations > Metal Implants",
        ],
        CT: [
            "Applications > Emergency Situations",
            "Applications > Bone Imaging",
            "Advantages > Speed",
            "Advantages > Accessibility",
            "Advantages > Metal Implants",
            "Limitations > Ionizing Radiation",
            "Limitations > Lower Soft Tissue Contrast",
        ],
    },
    "port-numbers": {
        s: ["Range", "Description"]
        for s in (
            "Well-Known Ports (0-1023)",
            "Registered Ports (1024-49151)",
            "Private/Dynamic Ports (49152-65535)",
        )
    },
    "relational-nosql": {
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
    "stacks-queues": {
        "Stack Operations": ["Push", "Pop", "Peek"],
        "Queue Operations": ["Enqueue", "Dequeue", "Peek"],
    },
    "subnet-masks": dict.fromkeys(("/8", "/16", "/24"), SUBNET),
    # a labelled item over labelled items is a group: its items read "Process > Guess"
    "substitution-recursion-tree": {
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
    "tableau-powerbi-d3js": {
        subject: ["Overview", *(f"Key Features > {f}" for f in features), "Pros", "Cons"]
        for subject, features in (
            ("Tableau", ("User-Friendly Interface", "Data Connectivity", "Interactivity")),
            ("Power BI", ("Cost-Effective", "Integration", "Data Modeling")),
            ("D3.js", ("Customizability", "Web Integration", "Data Binding")),
        )
    },
    "tensorflow-sklearn-pytorch": {
        subject: ["Primary Use", *(f"Features > {f}" for f in features), "Community and Support"]
        for subject, features in (
            ("TensorFlow", ("Scalability", "Ecosystem", "Flexibility")),
            ("Scikit-learn", ("Simplicity", "Preprocessing", "Integration")),
            ("PyTorch", ("Dynamic Computation Graphs", "Ease of Use", "Integration with Python")),
        )
    },
    "ula-link-local": {
        s: ["Prefix", "Scope", "Use Cases"]
        for s in ("Unique Local Unicast Addresses (ULAs)", "Link-Local Addresses")
    },
    "unix-linux-windows": {
        s: [
            "Licensing and Cost",
            "File System Structure",
            "Kernel Architecture",
            "User Interface and Usability",
            "Customization and Community Support",
        ]
        for s in ("UNIX", "Linux", "Windows")
    },
}

# Key points (differences) each article states about its subjects together, by attribute.
DIFFERENCES: dict[str, list[str]] = {
    "ethane-ethene-ethyne": [
        "Geometric and Physical Properties",
        "Geometric and Physical Properties",
        "Bond Strength",
    ],
    "linear-vs-quadratic-functions": ["Shape", "Behavior", "Range"],
    "stacks-queues": ["Access Method", "Operations", "Implementation Complexity"],
    "subnet-masks": ["Size of Network", "Network Segmentation", "Broadcast Domains", "Flexibility"],
    "ula-link-local": ["Routing", "Address Scope", "Configuration"],
    "java-cpp-ada-data-types": [
        "Importance of Data Types > Memory Management",
        "Importance of Data Types > Type Safety",
        "Importance of Data Types > Code Clarity",
        "Importance of Data Types > Performance",
    ],
}

SUMMARIZED = ["loops-count-condition", "port-numbers", "tensorflow-sklearn-pytorch"]


@pytest.fixture(scope="module")
def real() -> dict[str, Article]:
    return {p.stem: load_article(p) for p in sorted(REAL.glob("*.txt"))}


def test_all_twenty_are_listed(real: dict[str, Article]) -> None:
    assert sorted(real) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_subjects(real: dict[str, Article], name: str) -> None:
    comp = real[name].comparison
    assert list(comp.subjects) == list(EXPECTED[name])
    said = any("not a comparison" in w for w in comp.warnings)
    assert said == (not EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_attributes_subject_by_subject(real: dict[str, Article], name: str) -> None:
    comp = real[name].comparison
    for subject, attributes in EXPECTED[name].items():
        found = [c.attribute for c in comp.claims_for(subject) if c.attribute]
        assert list(dict.fromkeys(found)) == attributes, subject
        assert all(c.text.strip() for c in comp.claims_for(subject))


@pytest.mark.parametrize("name", sorted(DIFFERENCES))
def test_key_points(real: dict[str, Article], name: str) -> None:
    comp = real[name].comparison
    assert [d.attribute for d in comp.differences] == DIFFERENCES[name]


@pytest.mark.parametrize("name", SUMMARIZED)
def test_summary_bullets_go_to_their_subject(real: dict[str, Article], name: str) -> None:
    comp = real[name].comparison
    assert set(comp.summary) == set(comp.subjects)


def test_a_combined_label_speaks_for_both(real: dict[str, Article]) -> None:
    comp = real["unix-linux-windows"].comparison
    cells = {c.subject: c.text for c in comp.claims if c.attribute == "File System Structure"}
    assert set(cells) == {"UNIX", "Linux", "Windows"}
    assert cells["UNIX"] == cells["Linux"] != cells["Windows"]


def test_plain_subject_lines_give_values(real: dict[str, Article]) -> None:
    comp = real["ethane-ethene-ethyne"].comparison
    formulas = {c.subject: c.text for c in comp.claims if c.attribute == "Chemical Formulas"}
    assert formulas == {"Ethane": "C₂H₆", "Ethene": "C₂H₄", "Ethyne": "C₂H₂"}


def test_a_howto_keeps_its_steps_as_points(real: dict[str, Article]) -> None:
    comp = real["howto-mysql-debian"].comparison
    steps = [d.attribute for d in comp.differences if d.attribute]
    assert steps[0].startswith("Step 1: Add the MySQL APT Repository")
    assert any("```bash" in d.text for d in comp.differences)


def test_a_heading_cut_by_a_left_over_escape(real: dict[str, Article]) -> None:
    comp = real["linear-vs-quadratic-functions"].comparison
    domain = [c for c in comp.claims_for("Quadratic Functions") if c.attribute == "Domain"]
    assert any("all real numbers" in c.text for c in domain)
