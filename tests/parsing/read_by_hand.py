"""What a reader sees in each article read by hand, for the tests of the real and the shipped ones.

Each entry says, in the article's own words and order, its subjects, each subject's attributes
(group labels as ``Group > Attribute``; a subject's own prose without an attribute is not
listed) and the key points it states about its subjects together, by attribute. An empty
``subjects``: not a comparison. Written from the articles, not copied from the parser.

``REAL`` holds the twenty articles of ``../shared/real-articles``, ``SHIPPED`` those of
``data/articles``: a shipped copy of a real article (``SHIPPED_TWINS``) reads as its twin, the
others are read here (the shipped tableau-powerbi-d3js is another article of the family than
the real one of that name).
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.model import Comparison
from tests.support import ROOT

REAL_FOLDER = ROOT.parent / "shared" / "real-articles"
"""Where the twenty real articles are, beside the project (absent where ../shared is not)."""


@dataclass(frozen=True)
class Read:
    subjects: dict[str, list[str]]
    points: tuple[str | None, ...] = ()


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

# article -> {subject: attributes in order}
_REAL_SUBJECTS: dict[str, dict[str, list[str]]] = {
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

# article -> the key points' attributes, in order (none where not listed)
_REAL_POINTS: dict[str, list[str | None]] = {
    # a how-to: each step's paragraphs and code are points under the step
    "howto-mysql-debian": [
        "Step 1: Add the MySQL APT Repository",
        "Step 2: Update Package Lists",
        "Step 3: Install MySQL Server and Client",
        "Step 3: Install MySQL Server and Client",
        "Step 4: Configure MySQL",
        "Step 4: Configure MySQL",
        "Step 5: Start and Enable MySQL Service",
        "Step 6: Secure MySQL Installation",
        "Step 6: Secure MySQL Installation",
    ],
    # a sentence about both libraries stays a key point under its item
    "json11-libraries": ["Standard Library Support", "Error Handling"],
    "substitution-recursion-tree": ["Nature", "Guessing vs. Visualization", "Complexity Handling"],
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

REAL = {name: Read(s, tuple(_REAL_POINTS.get(name, ()))) for name, s in _REAL_SUBJECTS.items()}


# data/articles/<shipped>.md that are byte for byte ../shared/real-articles/<real>.txt
SHIPPED_TWINS = {
    name: name
    for name in (
        "aws-azure-gcp",
        "dijkstra-bellman-ford",
        "file-protocols",
        "howto-mysql-debian",
        "json11-libraries",
        "loops-count-condition",
        "port-numbers",
        "relational-nosql",
        "stacks-queues",
        "subnet-masks",
        "substitution-recursion-tree",
        "ula-link-local",
    )
} | {"tensorflow-sklearn-pytorch-applications": "tensorflow-sklearn-pytorch"}

_TABLEAU_FEATURES = {
    "Tableau": [
        "Drag-and-Drop Interface",
        "Data Connectivity",
        "Advanced Analytics",
        "Collaboration",
    ],
    "Power BI": [
        "Integration with Microsoft Products",
        "User-Friendly Interface",
        "Real-Time Data Access",
        "Diverse Data Source Support",
    ],
    "D3.js": ["Customizability", "Interactivity", "Integration with Web Technologies"],
}

# The shipped articles no real one is a copy of; read by hand from each file.
_SHIPPED_OWN = {
    "agile-waterfall": Read(
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
        }
    ),
    "hadoop-spark": Read(
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
        }
    ),
    # numbered subject headings ("### 1. Infrastructure as a Service (IaaS)"); a prose summary
    "iaas-paas-saas": Read(
        {
            s: ["Definition", "Control", "Management", "Examples", "Advantages", "Disadvantages"]
            for s in (
                "Infrastructure as a Service (IaaS)",
                "Platform as a Service (PaaS)",
                "Software as a Service (SaaS)",
            )
        }
    ),
    # the featured article: its "Summary of Differences" bullets are each subject's summary
    "keras-tensorflow-pytorch": Read(
        {
            "Keras": [
                "High-Level API",
                "Multi-Backend Support",
                "Rapid Prototyping",
                "Limitations",
            ],
            "TensorFlow": [
                "Production Scalability",
                "Ecosystem and Tools",
                "Integration with Distributed Computing",
                "Flexibility",
            ],
            "PyTorch": [
                "Dynamic Computation Graphs",
                "Ease of Use",
                "Ideal for Research",
                "Community and Adoption",
            ],
        }
    ),
    "scrum-kanban": Read(
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
        ("Structure", "Iterations vs. Flow", "Planning and Adaptability"),
    ),
    # another article than the real one of that name: four features, not three
    "tableau-powerbi-d3js": Read(
        {
            subject: ["Overview", *(f"Key Features > {f}" for f in features), "Pros", "Cons"]
            for subject, features in _TABLEAU_FEATURES.items()
        }
    ),
    "tensorflow-sklearn-pytorch-use": Read(
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
        ("Use Case", "Ease of Use", "Execution Model"),
    ),
}

SHIPPED = {name: REAL[real] for name, real in SHIPPED_TWINS.items()} | _SHIPPED_OWN


def check_subjects(comp: Comparison, read: Read) -> None:
    """The subjects, in order; "not a comparison" said exactly when there are none."""
    assert list(comp.subjects) == list(read.subjects)
    said = any("not a comparison" in w for w in comp.warnings)
    assert said == (not read.subjects)


def check_attributes(comp: Comparison, read: Read) -> None:
    """Each subject's attributes, in order, every statement with text."""
    for subject, attributes in read.subjects.items():
        found = [c.attribute for c in comp.claims_for(subject) if c.attribute]
        assert list(dict.fromkeys(found)) == attributes, subject
        assert all(c.text.strip() for c in comp.claims_for(subject))


def check_points(comp: Comparison, read: Read) -> None:
    """The key points' attributes, in order."""
    assert tuple(d.attribute for d in comp.differences) == read.points
