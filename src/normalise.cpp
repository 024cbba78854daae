// NFC of the decoded text: only the pieces that hold a character NFC may change go through utf8proc.
#include "normalise.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace archive::decoding {

namespace {

/// NFC of a piece that starts at an ASCII byte (or the text start) and holds no other ASCII byte.
void append_nfc(std::string& out, std::string_view piece) {
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(piece.data()),
                                        static_cast<utf8proc_ssize_t>(piece.size()), &mapped,
                                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (mapped != nullptr && len >= 0)
        out.append(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
    else
        out.append(piece);
    std::free(mapped);
}

} // namespace

/// NFC in pieces cut before an ASCII byte: ASCII is a starter that composes with nothing before it, so the
/// pieces normalise independently. Only the pieces holding a character that is not inert go through utf8proc
/// (a few words of a Latin, Cyrillic or Japanese page); the rest is copied as it is. `from` is where the first
/// character that is not inert starts: the scan starts at the last ASCII byte before it.
std::string to_nfc(std::string s, std::size_t from) {
    std::string out;
    out.reserve(s.size());
    std::size_t copied = 0;   // s[..copied) is in out
    std::size_t last_ascii = from; // where the current piece starts
    while (last_ascii > 0 && byte_at(s, last_ascii) >= 0x80)
        --last_ascii;
    for (std::size_t i = last_ascii; i < s.size();) {
        if (byte_at(s, i) < 0x80) {
            i = text::ascii_run_end(s, i);
            last_ascii = i - 1;
            continue;
        }
        std::size_t at = i;
        if (nfc_inert(text::next_cp(s, i)))
            continue;
        std::size_t begin = std::max(last_ascii, copied);
        if (at < begin) // the piece was mapped already
            continue;
        std::size_t end = i;
        while (end < s.size() && byte_at(s, end) >= 0x80)
            ++end;
        out.append(s, copied, begin - copied);
        append_nfc(out, std::string_view(s).substr(begin, end - begin));
        copied = end;
        i = end;
    }
    out.append(s, copied, s.size() - copied);
    return out;
}

} // namespace archive::decoding
