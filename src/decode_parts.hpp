// The pieces of decoding shared by its files (decode.cpp, charsets.cpp, normalise.cpp): byte helpers, the counts
// that tell text from binary data, the byte scan of 8-bit input, the charset detection and legacy decoding that
// decode() calls, and the iconv wrapper they share. Internal: the stage's contract is decode() in pipeline.hpp.
#pragma once

#include <iconv.h>

#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace archive::decoding {

constexpr char32_t invalid_cp = 0xFFFFFFFF;

template <std::size_t N>
constexpr std::string_view bytes(const char (&s)[N]) {
    return std::string_view(s, N - 1);
}

inline unsigned char byte_at(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

/// C0 controls that text files practically never hold (not \t \n \v \f \r, not ^Z at DOS EOF, not ESC), and DEL.
inline bool is_binary_control(char32_t cp) {
    return (cp >= 0x01 && cp <= 0x08) || (cp >= 0x0E && cp <= 0x19) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x7F;
}

/// Counts over code units (bytes for 8-bit input, code points for UTF-16/32) that tell text from binary data.
struct ControlCounts {
    std::size_t units = 0;
    std::size_t nuls = 0;
    std::size_t nul_runs = 0;
    std::size_t binary_controls = 0;
};

/// One pass over 8-bit input: binary evidence, UTF-8 validity, UTF-16 NUL positions, Latin letters.
struct ByteScan {
    ControlCounts controls;
    std::size_t utf8_multibyte = 0; ///< valid non-ASCII sequences
    std::size_t utf8_bad_single = 0; ///< invalid single bytes: what a legacy 8-bit page is made of
    std::size_t utf8_bad_multi = 0;  ///< invalid multi-byte sequences: what broken UTF-8 is made of
    std::size_t zeros_even = 0;
    std::size_t zeros_odd = 0;
    std::size_t high_bytes = 0;
    bool has_c1_bytes = false; ///< 0x80..0x9F: windows-1252 punctuation, not ISO-8859-1
};

class Normaliser;

/// The first index from i whose byte is not printable ASCII (0x20..0x7E), a line feed or a tab, or s.size(): where
/// a run of text that decodes to itself, byte for byte, ends. Sixteen bytes a step where SSE2 is there.
std::size_t plain_text_end(std::string_view s, std::size_t i);
/// plain_text_end() without SSE2, eight bytes a step: what a build for another processor runs, compiled in every
/// build so that the tests compare it with the fast one.
std::size_t plain_text_end_portable(std::string_view s, std::size_t i);

/// UTF-32 without BOM (see charsets.cpp): the byte order (true: big-endian), or nullopt.
std::optional<bool> evident_utf32(std::string_view raw);
/// UTF-16 without BOM, evident from the NULs of `scan`: the byte order (true: big-endian), or nullopt.
std::optional<bool> evident_utf16(std::string_view raw, const ByteScan& scan);
/// UTF-16 with few or no NULs, from the byte statistics of the two parities: the byte order, or nullopt.
std::optional<bool> statistical_utf16(std::string_view raw);
/// The legacy charset of 8-bit input (iconv's name, lowercased), or "" to read it as UTF-8.
std::string legacy_charset(std::string_view raw, const ByteScan& scan);

/// An iconv conversion from one charset to UTF-32LE.
class Iconv {
public:
    explicit Iconv(const std::string& from) : cd_(iconv_open("UTF-32LE", from.c_str())) {}
    ~Iconv() {
        if (ok())
            iconv_close(cd_);
    }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;

    bool ok() const { return cd_ != reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)); }
    void reset() { iconv(cd_, nullptr, nullptr, nullptr, nullptr); }

    /// Converts from `in` into `out`; returns iconv's result and sets `err` to errno on failure.
    std::size_t convert(char*& in, std::size_t& in_left, char*& out, std::size_t& out_left, int& err) {
        errno = 0;
        std::size_t r = iconv(cd_, &in, &in_left, &out, &out_left);
        err = errno;
        return r;
    }

private:
    iconv_t cd_;
};

/// A single-byte charset (iconv's name) as a table of 256 code points (invalid_cp where it defines none), or
/// nullopt when iconv does not know it or it is no single-byte charset.
std::optional<std::array<char32_t, 256>> single_byte_table(const std::string& charset);

/// Decodes `raw` in the charset of `cd` into `sink`, each code point with its raw offset; undecodable bytes are
/// invalid().
void decode_legacy(std::string_view raw, Iconv& cd, Normaliser& sink);

} // namespace archive::decoding
