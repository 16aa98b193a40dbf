#!/usr/bin/env python3
"""Generated phone-like photos for the image benchmark (benches/images.sh),
and the example site's illustration of a meeting room.

    python3 benches/make-photos.py N DIR [WIDTH HEIGHT]
    python3 benches/make-photos.py --room FILE

Writes DIR/photo-001.jpg … N JPEGs (default 4000 × 3000, 12 megapixels) at
quality 90, each with EXIF as a phone writes it (make, model, time, a GPS
position at 0° 0°, orientation). The pictures are made, not taken: smooth
light, shapes and grain at several scales, so that encoders meet the
detail of a real photo. Needs Pillow and NumPy (pip install pillow numpy).
"""
import os
import sys

import numpy as np
from PIL import Image


def photo(rng, width, height):
    def layer(cells_x, cells_y, amplitude):
        small = rng.random((cells_y, cells_x, 3)).astype(np.float32)
        big = Image.fromarray((small * 255).astype(np.uint8)).resize((width, height), Image.BICUBIC)
        return (np.asarray(big, dtype=np.float32) - 128) * amplitude

    base = np.zeros((height, width, 3), dtype=np.float32)
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None, None]
    base += 90 + 80 * y * np.array([0.9, 0.7, 0.5], dtype=np.float32)  # a warm wall fading to a floor
    base += layer(6, 4, 0.6) + layer(40, 30, 0.35) + layer(400, 300, 0.2)
    base += rng.normal(0, 5, (height, width, 1)).astype(np.float32)  # sensor grain
    pixels = np.clip(base, 0, 255).astype(np.uint8)
    # A table and a window: hard edges, as in a room.
    pixels[int(height * 0.62):int(height * 0.7), int(width * 0.1):int(width * 0.9)] = (92, 60, 38)
    pixels[int(height * 0.12):int(height * 0.4), int(width * 0.65):int(width * 0.85)] = (215, 228, 240)
    return Image.fromarray(pixels)


def exif(index):
    data = Image.Exif()
    data[0x010F] = "ExamplePhone"  # Make
    data[0x0110] = "EP-1 (generated)"  # Model
    data[0x0112] = 1  # Orientation
    data[0x0132] = "2024:07:03 10:%02d:00" % (index % 60)
    data[0x8825] = {1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)}  # GPS: 0° 0°, not a place
    return data


def room(rng, width=1800, height=1200):
    """An empty meeting room, drawn and lit: a long table set with folders
    and water, chairs, a window. No person; made, not taken."""
    from PIL import ImageDraw, ImageFilter

    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    horizon = height * 0.56
    window = (width * 0.76, height * 0.28)
    light = 1.0 / (1.0 + ((xx - window[0]) ** 2 + (yy - window[1]) ** 2) / (0.35 * width) ** 2)
    wall = np.stack([200 + 40 * light, 186 + 38 * light, 160 + 36 * light], axis=-1)
    depth = np.clip((yy - horizon) / (height - horizon), 0, 1)[..., None]
    floor = np.stack([np.full_like(xx, 118), np.full_like(xx, 96), np.full_like(xx, 80)], axis=-1) * (0.75 + 0.35 * depth)
    pixels = np.where((yy < horizon)[..., None], wall, floor)
    # Floor tiles converge on the vanishing point, as in a photo.
    for k in range(-12, 13):
        x_far, x_near = width / 2 + k * width * 0.02, width / 2 + k * width * 0.16
        t = np.clip((yy - horizon) / (height - horizon), 0, 1)
        line = np.abs(xx - (x_far + (x_near - x_far) * t)) < 1.2 + 1.5 * t
        pixels[line & (yy >= horizon)] *= 0.86
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    draw.rectangle([width * 0.64, height * 0.1, width * 0.88, height * 0.46], fill=(236, 242, 247))
    draw.rectangle([width * 0.757, height * 0.1, width * 0.763, height * 0.46], fill=(170, 160, 140))
    draw.rectangle([width * 0.64, height * 0.455, width * 0.88, height * 0.47], fill=(210, 200, 184))
    draw.rectangle([width * 0.08, height * 0.16, width * 0.3, height * 0.21], fill=(118, 62, 92))
    top, bottom = height * 0.6, height * 0.84
    left = lambda y: width * 0.3 - (width * 0.25) * (y - top) / (bottom - top)
    right = lambda y: width * 0.7 + (width * 0.25) * (y - top) / (bottom - top)
    for k in range(4):  # chairs behind the far half of each side, apart
        t = (k + 0.5) / 4
        y = top + (bottom - top) * t
        size = 0.6 + 0.6 * t
        for x, sign in ((left(y) - 30 * size, -1), (right(y) + 30 * size, 1)):
            w, h = 70 * size, 150 * size
            draw.rounded_rectangle([x - w / 2, y - h * 0.75, x + w / 2, y + h * 0.25], radius=10 * size, fill=(58, 50, 68))
    draw.polygon([(left(top), top), (right(top), top), (right(bottom), bottom), (left(bottom), bottom)], fill=(128, 86, 54))
    draw.polygon([(left(bottom), bottom), (right(bottom), bottom), (right(bottom), bottom + 22), (left(bottom), bottom + 22)], fill=(82, 54, 34))
    for k in range(6):
        t = (k + 0.5) / 6
        y = top + 25 + 10 * (k % 2)
        x = left(y) + (right(y) - left(y)) * t
        draw.rectangle([x - 38, y, x + 38, y + 26], fill=(238, 238, 230))
        draw.rectangle([x + 46, y - 44, x + 58, y + 20], fill=(176, 208, 226))
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(1.4)), dtype=np.float32)
    # Grain in the wood, the lens's vignette, and sensor noise.
    table = (yy > top) & (yy < bottom) & (xx > left(yy)) & (xx < right(yy))
    grain = np.asarray(Image.fromarray((rng.random((40, 6)) * 255).astype(np.uint8)).resize((width, height), Image.BICUBIC), dtype=np.float32)
    pixels[table] += ((grain[table] - 128) * 0.12)[..., None]
    vignette = 1 - 0.28 * (((xx - width / 2) / (width / 2)) ** 2 + ((yy - height / 2) / (height / 2)) ** 2)
    pixels = pixels * vignette[..., None] + rng.normal(0, 3.5, (height, width, 1))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def main():
    if sys.argv[1] == "--room":
        room(np.random.default_rng(3)).save(sys.argv[2], "JPEG", quality=86, exif=exif(0))
        return
    count, folder = int(sys.argv[1]), sys.argv[2]
    width, height = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (4000, 3000)
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(7)
    for i in range(1, count + 1):
        photo(rng, width, height).save(os.path.join(folder, "photo-%03d.jpg" % i), "JPEG", quality=90, exif=exif(i))


if __name__ == "__main__":
    main()
