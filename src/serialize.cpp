// Article -> JSON, written directly in RECORD.md's key order, and the JSON lines read by --jsonl-in. The only file
// that includes nlohmann, which reads those lines and still writes strings that are not well-formed UTF-8 (its
// U+FFFD replacement is the reference).
#include "archive/archive.hpp"
#include "archive/batch.hpp"
#include "batch_parts.hpp"
#include "serialize_parts.hpp"
#include "text.hpp"

#include <nlohmann/json.hpp>

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP, but EVP (and the one-shot SHA256(), which
// goes through it) initialises the library on first use: reads openssl.cnf and builds its name maps, about five
// million instructions, a millisecond and more of every single-file run. The low-level functions hash directly.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace archive {

namespace embedded {
std::string_view schema_json();
}

namespace {

using Json = nlohmann::ordered_json;

const char* name(QuoteKind k) {
    switch (k) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::partial: return "partial";
    case QuoteKind::indirect: return "indirect";
    }
    return "direct";
}

const char* name(Where w) {
    switch (w) {
    case Where::headline: return "headline";
    case Where::lede: return "lede";
    case Where::body: return "body";
    case Where::caption: return "caption";
    }
    return "body";
}

// The length of the well-formed UTF-8 sequence opening at s[i], a byte >= 0x80 (Unicode table 3-7: no overlong
// forms, no surrogates, nothing above U+10FFFF, the input nlohmann's decoder accepts), 0 when it is ill-formed.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0U; };
    const unsigned b = at(0);
    std::size_t len = 0;
    if (b >= 0xC2 && b <= 0xDF)
        len = 2;
    else if (b == 0xE0)
        len = at(1) >= 0xA0 && at(1) <= 0xBF ? 3 : 0;
    else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF)
        len = 3;
    else if (b == 0xED)
        len = at(1) >= 0x80 && at(1) <= 0x9F ? 3 : 0;
    else if (b == 0xF0)
        len = at(1) >= 0x90 && at(1) <= 0xBF ? 4 : 0;
    else if (b >= 0xF1 && b <= 0xF3)
        len = 4;
    else if (b == 0xF4)
        len = at(1) >= 0x80 && at(1) <= 0x8F ? 4 : 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((at(k) & 0xC0) != 0x80)
            return 0;
    return len;
}

/// The line with each character that is not well-formed Unicode made U+FFFD: a raw byte that is no UTF-8 (a Latin-1
/// page written into the line as it was) and a UTF-16 surrogate escaped alone ("\ud83d" of an emoji cut in two, as
/// JavaScript's JSON.stringify writes it), both of which make nlohmann refuse the whole line. Escapes are read in
/// pairs, so an escaped backslash before "ud800" is no escape. `replaced` counts the changes.
std::string mend_unicode(std::string_view line, std::size_t& replaced) {
    auto hex4 = [&](std::size_t i) -> long {
        if (i + 4 > line.size())
            return -1;
        long v = 0;
        for (std::size_t k = i; k < i + 4; ++k) {
            const char c = line[k];
            const char lower = static_cast<char>(c | 0x20);
            if (c >= '0' && c <= '9')
                v = v * 16 + (c - '0');
            else if (lower >= 'a' && lower <= 'f')
                v = v * 16 + (lower - 'a' + 10);
            else
                return -1;
        }
        return v;
    };
    std::string out;
    out.reserve(line.size() + 16);
    replaced = 0;
    for (std::size_t i = 0; i < line.size();) {
        const auto b = static_cast<unsigned char>(line[i]);
        if (b == '\\' && i + 1 < line.size() && line[i + 1] == 'u' && hex4(i + 2) >= 0) {
            const long v = hex4(i + 2);
            const bool high = v >= 0xD800 && v <= 0xDBFF;
            const long next = i + 7 < line.size() && line[i + 6] == '\\' && line[i + 7] == 'u' ? hex4(i + 8) : -1;
            if (high && next >= 0xDC00 && next <= 0xDFFF) {
                out.append(line.substr(i, 12));
                i += 12;
            } else if (v >= 0xD800 && v <= 0xDFFF) {
                out += "\\ufffd";
                ++replaced;
                i += 6;
            } else {
                out.append(line.substr(i, 6));
                i += 6;
            }
        } else if (b == '\\') {
            out.append(line.substr(i, 2));
            i += 2;
        } else if (b < 0x80) {
            out += static_cast<char>(b);
            ++i;
        } else if (std::size_t len = utf8_sequence(line, i); len > 0) {
            out.append(line.substr(i, len));
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++replaced;
            ++i;
        }
    }
    return out;
}

} // namespace

namespace {

/// How many bytes at path[i] escaped_path() writes as \xHH (0: the character is kept as it is).
std::size_t escaped_bytes(std::string_view path, std::size_t i, bool controls) {
    auto c = static_cast<unsigned char>(path[i]);
    if (c < 0x80)
        return controls && (c < 0x20 || c == 0x7F) ? 1 : 0;
    std::size_t len = utf8_sequence(path, i);
    if (len == 0)
        return 1;
    // C1 controls (U+0080-U+009F: U+009B is a terminal's CSI) are escaped byte by byte like the C0 ones.
    return controls && c == 0xC2 && static_cast<unsigned char>(path[i + 1]) < 0xA0 ? 2 : 0;
}

} // namespace

std::string escaped_path(std::string_view path, bool controls) {
    // Gate: a path of printable ASCII (nearly every one) is returned as it is without a closer look.
    std::size_t first = 0;
    while (first < path.size() && escaped_bytes(path, first, controls) == 0) {
        auto c = static_cast<unsigned char>(path[first]);
        first += c < 0x80 ? 1 : utf8_sequence(path, first);
    }
    if (first >= path.size())
        return std::string(path);
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(path.size() + 16);
    for (std::size_t i = 0; i < path.size();) {
        std::size_t n = escaped_bytes(path, i, controls);
        for (std::size_t k = 0; k < n; ++k) {
            auto c = static_cast<unsigned char>(path[i + k]);
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        if (n > 0) {
            i += n;
            continue;
        }
        auto c = static_cast<unsigned char>(path[i]);
        std::size_t len = c < 0x80 ? 1 : utf8_sequence(path, i);
        if (c == '\\')
            out += '\\'; // doubled, so that the spelling reads back to one name only
        out.append(path.substr(i, len));
        i += len;
    }
    return out;
}


// (The scan for the bytes a string escapes or checks, in its two forms: see serialize_parts.hpp.)
std::size_t plain_run_end_portable(std::string_view s, std::size_t i) {
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v = text::load8(s.data() + i);
        if ((v & 0x8080808080808080ULL) != 0 || text::any_below8(v, 0x20) ||
            (text::bytes_equal8(v, '"') | text::bytes_equal8(v, '\\')) != 0)
            break;
    }
    for (; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
            return i;
    }
    return i;
}

std::size_t plain_run_end(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
    // One bit for each of the sixteen bytes from `at` that needs an escape or is not ASCII.
    auto stops16 = [&s](std::size_t at) {
        const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), top_control = _mm_set1_epi8(0x1F);
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at));
        // A byte is a control character when the unsigned minimum with 0x1F leaves it as it is.
        __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, top_control), v);
        __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
        // (the top bit of a byte >= 0x80 is its own mask bit)
        return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, _mm_or_si128(control, marks))));
    };
    for (; i + 16 <= s.size(); i += 16)
        if (unsigned hits = stops16(i); hits != 0)
            return i + static_cast<std::size_t>(std::countr_zero(hits));
    // The last bytes: the sixteen that end the string, without the bits of those before i (read already).
    if (i < s.size() && s.size() >= 16) {
        const std::size_t at = s.size() - 16;
        unsigned hits = stops16(at) >> (i - at);
        return hits != 0 ? i + static_cast<std::size_t>(std::countr_zero(hits)) : s.size();
    }
    // (A string of fewer than sixteen bytes: the portable scan, eight bytes a step.)
#endif
    return plain_run_end_portable(s, i);
}

namespace {

// The record's bytes as Writer builds them: written to a kilobyte kept on the side, then appended to the record's string
// a kilobyte at a time, so that a byte or a short piece is written by a few inline stores. (std::string's push_back
// and append are calls into the library, 25 to 50 instructions each, and a page's record makes some 350 of them a
// kilobyte: the separators, the quotes around each string, its runs. A buffer of the record's whole size copied into
// the string at the end cost more than the calls saved: long copies are done a byte a step.)
class RecordBytes {
public:
    void reserve(std::size_t bytes) { out_.reserve(bytes); }
    std::size_t size() const { return out_.size() + staged_; }
    /// Back to `n` bytes, n <= size() (a string written again whole).
    void resize(std::size_t n) {
        if (n >= out_.size()) {
            staged_ = n - out_.size();
        } else {
            out_.resize(n);
            staged_ = 0;
        }
    }
    RecordBytes& operator+=(char c) {
        if (staged_ == sizeof stage_)
            flush();
        stage_[staged_++] = c;
        return *this;
    }
    RecordBytes& operator+=(std::string_view s) {
        append(s.data(), s.size());
        return *this;
    }
    void append(const char* p, std::size_t n) {
        if (sizeof stage_ - staged_ < n) {
            flush();
            if (n > sizeof stage_) { // (a long run goes to the string at once)
                out_.append(p, n);
                return;
            }
        }
        std::memcpy(stage_ + staged_, p, n);
        staged_ += n;
    }
    void append(std::size_t n, char c) {
        if (sizeof stage_ - staged_ < n) {
            flush();
            if (n > sizeof stage_) {
                out_.append(n, c);
                return;
            }
        }
        std::memset(stage_ + staged_, c, n);
        staged_ += n;
    }
    std::string take() {
        flush();
        return std::move(out_);
    }

private:
    void flush() {
        out_.append(stage_, staged_);
        staged_ = 0;
    }
    std::string out_;
    std::size_t staged_ = 0;
    char stage_[1024];
};

// Writes the record as nlohmann::ordered_json::dump(indent, ' ', false, replace) would, without building a DOM:
// "{}"/"[]" when empty, otherwise one member per line at `indent` more spaces ("key": value) in pretty mode, and
// no spaces at all in compact mode.
class Writer {
public:
    explicit Writer(bool pretty) : pretty_(pretty) {}

    std::string take() { return out_.take(); }
    void reserve(std::size_t bytes) { out_.reserve(bytes); }

    void newline() { out_ += '\n'; }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    void key(std::string_view k) {
        // The separator, the indentation, the quoted key and its colon in one append: a record has a few hundred
        // keys, and each append is a call. (The record's keys are plain ASCII and short; a key of an object always
        // has its level.)
        char piece[64];
        const std::size_t indent = pretty_ ? 2 * levels_.size() : 0;
        if (after_key_ || levels_.empty() || indent + k.size() + 6 > sizeof piece) {
            element();
            out_ += '"';
            out_ += k;
            out_ += pretty_ ? "\": " : "\":";
            after_key_ = true;
            return;
        }
        std::size_t n = 0;
        Level& l = levels_.back();
        if (!l.empty)
            piece[n++] = ',';
        l.empty = false;
        if (pretty_) {
            piece[n++] = '\n';
            std::memset(piece + n, ' ', indent);
            n += indent;
        }
        piece[n++] = '"';
        std::memcpy(piece + n, k.data(), k.size());
        n += k.size();
        piece[n++] = '"';
        piece[n++] = ':';
        if (pretty_)
            piece[n++] = ' ';
        out_.append(piece, n);
        after_key_ = true;
    }

    void value(std::string_view s) {
        element();
        string(s);
    }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const std::optional<std::string>& s) {
        if (s)
            value(*s);
        else
            null();
    }
    void value(std::uint64_t n) {
        element();
        out_ += std::to_string(n);
    }
    void value(int n) {
        element();
        out_ += std::to_string(n);
    }
    void null() {
        element();
        out_ += "null";
    }
    template <class T>
    void field(std::string_view k, const T& v) {
        key(k);
        value(v);
    }
    void field_strings(std::string_view k, const std::vector<std::string>& v) {
        key(k);
        strings(v);
    }
    void strings(const std::vector<std::string>& v) {
        begin_array();
        for (const auto& s : v)
            value(s);
        end_array();
    }

private:
    struct Level {
        char close;
        bool empty = true;
    };

    // Before a value or a key: the separator and indentation it needs, unless it follows its key.
    void element() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (levels_.empty())
            return;
        Level& l = levels_.back();
        if (!l.empty)
            out_ += ',';
        if (pretty_) {
            out_ += '\n';
            out_.append(2 * levels_.size(), ' ');
        }
        l.empty = false;
    }

    void open(char c) {
        element();
        out_ += c;
        levels_.push_back(Level{c == '{' ? '}' : ']'});
    }

    void close(char c) {
        bool empty = levels_.back().empty;
        levels_.pop_back();
        if (!empty && pretty_) {
            out_ += '\n';
            out_.append(2 * levels_.size(), ' ');
        }
        out_ += c;
    }

    // The string checked and escaped in one scan: runs of plain ASCII are copied whole, a UTF-8 sequence is checked
    // where the scan stops at it, and an ill-formed one has the whole string written again by nlohmann.
    void string(std::string_view s) {
        const std::size_t start = out_.size();
        out_ += '"';
        std::size_t run = 0; // s[run..i) is copied as it is
        for (std::size_t i = plain_run_end(s, 0); i < s.size(); i = plain_run_end(s, i)) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x80) {
                // The UTF-8 sequences that follow each other ("äöü", a word in Greek) are checked in turn before the
                // scan goes on; most are two bytes, checked here.
                do {
                    std::size_t len = 0;
                    if (c >= 0xC2 && c <= 0xDF)
                        len = i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 ? 2 : 0;
                    else
                        len = utf8_sequence(s, i);
                    if (len == 0) {
                        // U+FFFD for what cannot be decoded, exactly as nlohmann replaces it.
                        out_.resize(start);
                        out_ += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
                        return;
                    }
                    i += len;
                } while (i < s.size() && (c = static_cast<unsigned char>(s[i])) >= 0x80);
                continue;
            }
            out_.append(s.data() + run, i - run);
            run = ++i;
            switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\b': out_ += "\\b"; break;
            case '\t': out_ += "\\t"; break;
            case '\n': out_ += "\\n"; break;
            case '\f': out_ += "\\f"; break;
            case '\r': out_ += "\\r"; break;
            default: {
                static const char hex[] = "0123456789abcdef";
                out_ += "\\u00";
                out_ += hex[c >> 4];
                out_ += hex[c & 15];
            }
            }
        }
        out_.append(s.data() + run, s.size() - run);
        out_ += '"';
    }

    RecordBytes out_;
    std::vector<Level> levels_;
    bool pretty_;
    bool after_key_ = false;
};

void write_record(Writer& w, const Article& a) {
    w.begin_object();
    w.field("schema_version", 1);
    w.key("input");
    w.begin_object();
    // A file name that is not UTF-8 is spelled reversibly (its stray bytes as \xHH), and the warnings say so.
    const std::string path = escaped_path(a.input.path, false);
    const bool spelled = path.size() != a.input.path.size();
    w.field("path", path);
    w.field("bytes", a.input.bytes);
    w.field("sha256", a.input.sha256);
    w.field("encoding", a.input.encoding);
    w.end_object();
    w.field("language", a.language);
    w.field("kicker", a.kicker);
    w.field("headline", a.headline);
    w.field("lede", a.lede);
    w.field_strings("authors", a.authors);
    w.field("published", a.published);
    w.field("updated", a.updated);
    w.field("dateline", a.dateline);
    w.key("source_tag");
    if (a.source_tag) {
        w.begin_object();
        w.field("raw", a.source_tag->raw);
        w.field_strings("agencies", a.source_tag->agencies);
        w.end_object();
    } else {
        w.null();
    }
    w.key("media");
    w.begin_array();
    for (const auto& m : a.media) {
        w.begin_object();
        w.field("caption", m.caption);
        w.field("credit", m.credit);
        w.end_object();
    }
    w.end_array();
    w.key("sections");
    w.begin_array();
    for (const auto& s : a.sections) {
        w.begin_object();
        w.field("heading", s.heading);
        w.field_strings("paragraphs", s.paragraphs);
        w.end_object();
    }
    w.end_array();
    w.key("quotes");
    w.begin_array();
    for (const auto& q : a.quotes) {
        w.begin_object();
        w.field("text", q.text);
        w.field("kind", std::string_view(name(q.kind)));
        w.field("speaker", q.speaker);
        w.field("mention", q.mention);
        w.field("cue", q.cue);
        w.field("where", std::string_view(name(q.where)));
        if (q.where == Where::body) {
            w.field("section", q.section);
            w.field("paragraph", q.paragraph);
        }
        w.end_object();
    }
    w.end_array();
    w.field_strings("boilerplate", a.boilerplate);
    if (spelled) {
        std::vector<std::string> warnings = a.warnings;
        warnings.emplace_back(path_not_utf8_warning);
        w.field_strings("warnings", warnings);
    } else {
        w.field_strings("warnings", a.warnings);
    }
    w.end_object();
}

} // namespace

std::string to_json(const Article& article, bool pretty) {
    // Invalid UTF-8 cannot reach here from parse(), but a hand-built Article might hold it: replace, never throw.
    Writer w(pretty);
    // The record holds every line of the page and a little more (keys, quotes): built at about its size at once
    // rather than grown by doubling.
    w.reserve(article.input.bytes + article.input.bytes / 2 + 4096);
    write_record(w, article);
    w.newline(); // (the line's end written with the record: the string taken is made at its size)
    return w.take();
}

batch::JsonlLine batch::parse_jsonl_line(const std::string& line) {
    static constexpr const char* shape = " (a line must be {\"id\": ..., \"text\": \"...\"})";
    JsonlLine out;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        std::size_t replaced = 0;
        std::string mended = mend_unicode(line, replaced);
        if (replaced > 0)
            j = nlohmann::json::parse(mended, nullptr, false);
        if (replaced == 0 || j.is_discarded()) {
            out.error = "invalid JSON at byte " + std::to_string(e.byte) + shape;
            return out;
        }
        out.warning = "invalid Unicode in the JSON line replaced with U+FFFD (" + std::to_string(replaced) + ")";
    }
    if (!j.is_object()) {
        out.error = std::string("not a JSON object") + shape;
        return out;
    }
    auto id = j.find("id");
    if (id == j.end() || !(id->is_string() || id->is_number())) {
        out.error = "\"id\" missing or neither a string nor a number";
        return out;
    }
    out.id = id->is_string() ? id->get<std::string>() : id->dump();
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
        out.error = "\"text\" missing or not a string";
        return out;
    }
    out.text = std::move(text->get_ref<std::string&>());
    return out;
}

std::string_view json_schema() {
    return embedded::schema_json();
}

std::string_view version() {
    return ARCHIVE_VERSION;
}

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, bytes.data(), bytes.size());
    SHA256_Final(digest, &ctx);
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * SHA256_DIGEST_LENGTH);
    for (unsigned int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

} // namespace archive
