"""The scenario as a graph in Graphviz dot or Mermaid, for authors and reviewers."""

from __future__ import annotations

from .model import Scenario

_SHAPES = {"choice": ("box", "[", "]"), "positioning": ("hexagon", "{{", "}}"),
           "checkpoint": ("diamond", "{", "}"), "passage": ("ellipse", "(", ")"),
           "ending": ("doubleoctagon", "([", "])"), "invalid": ("box", "[", "]")}


def _label(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', "'").replace("\n", " ")


def edges(sc: Scenario) -> list[tuple[str, str, str, bool]]:
    """(from, to, label, conditional) for every way on."""
    out = []
    for node in sc.nodes.values():
        for c in node.all_choices():
            label = "⏱ " + c.id if c.is_timeout else c.id + (" ★" if c.expert else "")
            for b in c.goto:
                out.append((node.id, b.to, label, b.condition is not None or c.condition is not None))
        for part, label in ((node.positioning, "position"), (node.checkpoint, "answer")):
            if part:
                out.extend((node.id, b.to, label, b.condition is not None) for b in part.goto)
        if node.next:
            out.extend((node.id, b.to, "", b.condition is not None) for b in node.next)
    return out


def to_dot(sc: Scenario, lang: str = "sv") -> str:
    lines = [f'digraph "{_label(sc.id)}" {{', "  rankdir=TB;", '  node [fontname="DejaVu Sans"];']
    for node in sc.nodes.values():
        shape = _SHAPES[node.kind][0]
        extra = f"\\n{node.ending.cls}" if node.ending else ""
        lines.append(f'  "{node.id}" [shape={shape}, label="{_label(node.id)}{extra}"];')
    for a, b, label, cond in edges(sc):
        style = ", style=dashed" if cond else ""
        lines.append(f'  "{a}" -> "{b}" [label="{_label(label)}"{style}];')
    for intr in sc.interrupts:
        lines.append(f'  "*" -> "{intr.to}" [label="interrupt", style=dotted];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_mermaid(sc: Scenario, lang: str = "sv") -> str:
    lines = ["flowchart TD"]
    for node in sc.nodes.values():
        _, left, right = _SHAPES[node.kind]
        lines.append(f'  {node.id}{left}"{_label(node.id)}"{right}')
    for a, b, label, cond in edges(sc):
        arrow = "-.->" if cond else "-->"
        lines.append(f'  {a} {arrow}|"{_label(label)}"| {b}' if label else f"  {a} {arrow} {b}")
    for intr in sc.interrupts:
        lines.append(f'  interrupt(("interrupt")) -.-> {intr.to}')
    return "\n".join(lines) + "\n"
