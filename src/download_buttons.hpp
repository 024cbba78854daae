// A button to download a file ("Download the full report (PDF, 1.2 MB)", "Bericht herunterladen"), which heads no
// text: region_body_drops.cpp.
#pragma once

namespace archive {

struct Block;

/// Whether `b` is a button to download a file: its verb (lexicon section download_words) opening the line before an
/// article or closing it, or the file's format (file_format_words) in the bracket that closes the line.
bool download_button(const Block& b);

} // namespace archive
