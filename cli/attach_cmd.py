"""``motcua attach`` and ``motcua files``: scanned papers and results kept with the dossier (issue 16).

    motcua attach CODE FILE [--component N | --result]
    motcua files CODE [--json]

``N`` is the component's number as the clerk sees it on the receipt's checklist (1 for the first). Without
``--component`` or ``--result``, a dossier whose checklist has one component gets the file there. The file is
checked (PDF, JPEG or PNG that opens, within 50 MB), encrypted with the office key and kept beside the
database (core/attachments.py); a refusal is one line and exit code 2, nothing stored.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.office import print_json, reading, writing

__all__ = ["add_parser"]


def add_parser(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(
        "attach",
        attach,
        "đính kèm tệp giấy tờ đã quét (PDF, JPEG, PNG) vào một thành phần của hồ sơ "
        "hoặc vào kết quả; tệp được mã hoá bằng khoá của cơ quan",
    )
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ, ví dụ H40.25.12-250303-0001")
    p.add_argument("file", metavar="TỆP", help="tệp .pdf, .jpg, .jpeg hoặc .png (tối đa 50 MB)")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--component",
        type=_number,
        metavar="N",
        help="số thứ tự thành phần trong danh mục trên phiếu tiếp nhận (1, 2, …)",
    )
    where.add_argument("--result", action="store_true", help="đính kèm vào kết quả giải quyết")
    p = command(
        "files",
        files,
        "các tệp đã đính kèm của một hồ sơ: thành phần, tên tệp, số trang, dung lượng, SHA-256, ai, lúc nào",
    )
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--json", action="store_true", help="in dạng JSON")


def _number(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f'"{text}" không phải số thứ tự thành phần (1, 2, …)')
    return int(text)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def attach(args: argparse.Namespace) -> int:
    from core.attachments import attach_path, place_label
    from core.dossiers import get_dossier

    component = None if args.component is None else args.component - 1
    with writing(args) as session:
        done = attach_path(session, args.code, Path(args.file), component=component, result=args.result)
        where = place_label(get_dossier(session, done.dossier_code), done.component)
    print(
        f'{done.dossier_code}: đã đính kèm "{done.file_name}" ({done.pages} trang, {_size(done.size)}) vào '
        f"{where}; SHA-256 {done.sha256[:16]}…"
    )
    return 0


def files(args: argparse.Namespace) -> int:
    from core.attachments import files_of, place_label
    from core.dossiers import get_dossier

    with reading(args) as session:
        found = files_of(session, args.code)
        dossier = get_dossier(session, args.code)
        rows: list[dict[str, Any]] = [
            {
                "id": a.id,
                "component": None if a.component is None else a.component + 1,
                "where": place_label(dossier, a.component),
                "result": a.is_result,
                "file_name": a.file_name,
                "media_type": a.media_type,
                "pages": a.pages,
                "size": a.size,
                "sha256": a.sha256,
                "attached_by": a.attached_by,
                "attached_at": f"{a.attached_at:%Y-%m-%d %H:%M}",
            }
            for a in found
        ]
        components = [
            {"number": n + 1, "name": c.get("name", ""), "digitized": bool(c.get("digitized"))}
            for n, c in enumerate(dossier.components or [])
        ]
        code, digitized = dossier.code, bool(dossier.digitized)
    if args.json:
        print_json({"code": code, "digitized": digitized, "components": components, "files": rows})
        return 0
    if not rows:
        print(f"{code}: chưa có tệp đính kèm.")
        return 0
    print(f"{'Thành phần':<28} {'Tệp':<30} {'Trang':>5} {'Dung lượng':>10}  {'SHA-256':<12}  {'Người':<12} Lúc")
    for row in rows:
        where = "Kết quả" if row["result"] else f"{row['component']}. {_name_of(components, row['component'])}"
        print(
            f"{_cut(where, 28):<28} {_cut(row['file_name'], 30):<30} {row['pages']:>5} {_size(row['size']):>10}  "
            f"{row['sha256'][:12]:<12}  {_cut(row['attached_by'], 12):<12} {row['attached_at']}"
        )
    done = sum(1 for c in components if c["digitized"])
    print(f"Đã số hóa {done}/{len(components)} thành phần" + (": hồ sơ đã số hóa." if digitized else "."))
    return 0


def _name_of(components: list[dict], number: int) -> str:
    return components[number - 1]["name"] if 0 < number <= len(components) else ""


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
