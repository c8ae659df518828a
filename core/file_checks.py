"""What an attached file is: its content against its extension, its pages, and a small picture of page 1.

A file is accepted only when its first bytes say what its extension says (``%PDF-``, JPEG ``FF D8 FF``, the PNG
signature), when it opens whole (a PDF with pypdfium2 — a password-protected or damaged one is refused —, an
image with Pillow, decoded to the end), and within `core.limits` (pixels, pages; the size is checked by the
caller before the file is read). The thumbnail (~200 px wide JPEG) is made here, from the same opened file.
Every refusal is one Vietnamese line naming the file.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from core.errors import UserError
from core.limits import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_PAGES, MAX_ATTACHMENT_PIXELS
from core.text import clean

__all__ = ["MEDIA_TYPES", "THUMBNAIL_WIDTH", "CheckedFile", "base_name", "check_file", "media_type_of", "too_large"]

#: The extensions accepted, and the media type each one must be.
MEDIA_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
_MAGIC = {"application/pdf": (b"%PDF-",), "image/jpeg": (b"\xff\xd8\xff",), "image/png": (b"\x89PNG\r\n\x1a\n",)}
_KIND = {"application/pdf": "PDF", "image/jpeg": "ảnh JPEG", "image/png": "ảnh PNG"}
_PIL_FORMATS = {"image/jpeg": {"JPEG", "MPO"}, "image/png": {"PNG"}}
THUMBNAIL_WIDTH = 200
_THUMBNAIL_MAX_HEIGHT = 600


@dataclass(frozen=True)
class CheckedFile:
    media_type: str
    pages: int
    thumbnail: bytes  # JPEG, ~200 px wide


def base_name(name: str) -> str:
    """The file's own name, without any folder (from Windows or elsewhere), NFC."""
    text = clean(str(name or ""))
    return clean(PurePosixPath(PureWindowsPath(text).name).name)


def media_type_of(name: str) -> str:
    _stem, dot, extension = name.lower().rpartition(".")
    suffix = dot + extension if dot else ""
    if suffix not in MEDIA_TYPES:
        raise UserError(
            f'Tệp "{name}" không đính kèm được: chỉ nhận PDF, JPEG (.jpg, .jpeg) hoặc PNG.',
            f'"{name}" cannot be attached: only PDF, JPEG or PNG files.',
        )
    return MEDIA_TYPES[suffix]


def too_large(name: str, size: int) -> UserError:
    return UserError(
        f'Tệp "{name}" nặng {size / 1048576:.0f} MB, vượt giới hạn '
        f"{MAX_ATTACHMENT_BYTES // 1048576} MB một tệp: hãy quét lại ở độ phân giải thấp hơn "
        "(150–300 dpi) hoặc chia thành nhiều tệp.",
        f'"{name}" is {size / 1048576:.0f} MB, over the {MAX_ATTACHMENT_BYTES // 1048576} MB limit.',
    )


def _refuse(name: str, vi: str, en: str) -> UserError:
    return UserError(f'Tệp "{name}" {vi}', f'"{name}" {en}')


def check_file(name: str, data: bytes) -> CheckedFile:
    """Check ``data`` as the file ``name`` (its base name) and make its thumbnail; one `UserError` if it is not
    a readable PDF, JPEG or PNG of what its extension says."""
    media_type = media_type_of(name)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise too_large(name, len(data))
    if not data:
        raise _refuse(name, "rỗng (0 byte).", "is empty.")
    if not data.startswith(_MAGIC[media_type]):
        raise _refuse(
            name,
            f"không phải {_KIND[media_type]} như phần mở rộng của nó cho biết: hãy kiểm tra lại "
            "tệp (có thể đã bị đổi tên).",
            f"is not a {media_type} file as its extension says.",
        )
    if media_type == "application/pdf":
        return _check_pdf(name, data)
    return _check_image(name, data, media_type)


def _check_pdf(name: str, data: bytes) -> CheckedFile:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise _refuse(
                name,
                "được bảo vệ bằng mật khẩu: hãy lưu lại bản không có mật khẩu rồi đính kèm.",
                "is password-protected.",
            ) from None
        raise _refuse(name, "bị hỏng, không mở được: hãy quét hoặc lưu lại tệp.", "is damaged.") from None
    try:
        pages = len(pdf)
        if pages < 1:
            raise _refuse(name, "không có trang nào.", "has no page.")
        if pages > MAX_ATTACHMENT_PAGES:
            raise _refuse(
                name,
                f"có {pages} trang, vượt giới hạn {MAX_ATTACHMENT_PAGES} trang một tệp: hãy chia thành nhiều tệp.",
                f"has {pages} pages, over {MAX_ATTACHMENT_PAGES}.",
            )
        try:
            for index in range(1, pages):  # every page must load; page 1 is drawn below
                pdf[index].close()
            page = pdf[0]
            image = _scanned_image(page, pdfium)
            if image is None:
                # twice the thumbnail's width without image smoothing, then averaged down (`_jpeg`)
                bitmap = page.render(scale=2 * THUMBNAIL_WIDTH / (page.get_width() or 1), no_smoothimage=True)
                image = bitmap.to_pil()
            page.close()
        except pdfium.PdfiumError:
            raise _refuse(
                name,
                "bị hỏng (có trang không đọc được): hãy quét hoặc lưu lại tệp.",
                "is damaged (a page cannot be read).",
            ) from None
        return CheckedFile("application/pdf", pages, _jpeg(image))
    finally:
        pdf.close()


def _scanned_image(page, pdfium):
    """The first page of a scanner's PDF as Pillow decodes it, or None for any other page.

    A scanner writes each page as one JPEG image filling the page: Pillow decodes that JPEG at a reduced size
    (``draft``) several times faster than PDFium renders it whole. Anything else — other objects, a rotated
    page or image, another encoding, a JPEG Pillow cannot read — is rendered by PDFium."""
    from PIL import Image

    try:
        objects = list(page.get_objects(max_depth=1))
        if len(objects) != 1 or objects[0].type != pdfium.raw.FPDF_PAGEOBJ_IMAGE or page.get_rotation():
            return None
        picture = objects[0]
        filters = picture.get_filters()
        if not filters or filters[-1] != "DCTDecode" or any(f not in picture.SIMPLE_FILTERS for f in filters[:-1]):
            return None
        a, b, c, d, _e, _f = picture.get_matrix().get()
        if b or c or a <= 0 or d <= 0 or a * d < 0.9 * page.get_width() * page.get_height():
            return None
        image = Image.open(io.BytesIO(bytes(picture.get_data(decode_simple=True))))
        if image.format != "JPEG" or image.mode not in ("L", "RGB"):
            return None
        image.draft(image.mode, (THUMBNAIL_WIDTH, 1))  # reduced by 2, 4 or 8 while at least as wide
        image.load()
        return image
    except Exception:
        return None


def _check_image(name: str, data: bytes, media_type: str) -> CheckedFile:
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():  # the pixels are checked below, against our own limit
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
        with opened as image:
            if image.format not in _PIL_FORMATS[media_type]:
                raise _refuse(
                    name,
                    f"không phải {_KIND[media_type]} như phần mở rộng của nó cho biết.",
                    f"is not a {media_type} file.",
                )
            width, height = image.size
            if width * height > MAX_ATTACHMENT_PIXELS:
                raise _refuse(
                    name,
                    f"có {width} × {height} điểm ảnh, vượt giới hạn "
                    f"{MAX_ATTACHMENT_PIXELS // 1_000_000} triệu điểm ảnh: hãy chụp hoặc quét ở độ phân "
                    "giải thấp hơn.",
                    f"is {width} × {height} pixels, too many.",
                )
            pages = 1 if media_type == "image/jpeg" else getattr(image, "n_frames", 1)
            if pages > MAX_ATTACHMENT_PAGES:
                raise _refuse(
                    name,
                    f"có {pages} khung hình, vượt giới hạn {MAX_ATTACHMENT_PAGES}.",
                    f"has {pages} frames, over {MAX_ATTACHMENT_PAGES}.",
                )
            for frame in range(pages):  # decoded to the end: a truncated or damaged image fails here
                image.seek(frame)
                image.load()
            image.seek(0)
            first = (ImageOps.exif_transpose(image) if media_type == "image/jpeg" else image).convert("RGB")
    except UserError:
        raise
    except Image.DecompressionBombError:
        raise _refuse(
            name,
            f"có quá nhiều điểm ảnh (trên {MAX_ATTACHMENT_PIXELS // 1_000_000} triệu): hãy chụp "
            "hoặc quét ở độ phân giải thấp hơn.",
            "has too many pixels.",
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise _refuse(name, "bị hỏng, không đọc được ảnh: hãy chụp hoặc quét lại.", "is a damaged image.") from None
    return CheckedFile(media_type, pages, _jpeg(first))


def _jpeg(image) -> bytes:
    """A JPEG ~`THUMBNAIL_WIDTH` px wide (never taller than a long page would be)."""
    from PIL import Image

    image = image.convert("RGB")
    width, height = image.size
    scale = min(THUMBNAIL_WIDTH / max(width, 1), _THUMBNAIL_MAX_HEIGHT / max(height, 1), 1.0)
    if scale < 1.0:
        image = image.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.BOX)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=75)
    return out.getvalue()
