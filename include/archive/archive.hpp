// archive: turn a news page saved as text into one structured article record.
//
// The pipeline is one straight line of values:
//   decode -> segment -> classify -> quotes -> serialize
// parse() runs the first four stages; to_json() is the last one.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// What the raw input was: its path as given, its size, its SHA-256 and the encoding it was decoded from.
struct InputInfo {
    std::string path;
    std::uint64_t bytes = 0;
    std::string sha256;
    std::string encoding;
};

/// The news-agency credit of the text: `raw` as printed, `agencies` as lowercase ids.
struct SourceTag {
    std::string raw;
    std::vector<std::string> agencies;
};

/// A photo or video: its caption and its credit line, either of which may be missing.
struct Media {
    std::optional<std::string> caption;
    std::optional<std::string> credit;
};

/// A part of the body: an optional heading and its paragraphs in order.
struct Section {
    std::optional<std::string> heading;
    std::vector<std::string> paragraphs;
};

enum class QuoteKind { direct, partial, indirect };
enum class Where { headline, lede, body, caption };

/// A quotation or a piece of reported speech, with its attribution.
/// `section` and `paragraph` are meaningful only when `where == Where::body` (they are -1 otherwise).
struct Quote {
    std::string text;
    QuoteKind kind = QuoteKind::direct;
    std::optional<std::string> speaker;
    std::optional<std::string> mention;
    std::optional<std::string> cue;
    Where where = Where::body;
    int section = -1;
    int paragraph = -1;
};

/// One article record (see RECORD.md, version 1). Every input line that fits no field is in `boilerplate`.
struct Article {
    InputInfo input;
    std::optional<std::string> language;
    std::optional<std::string> kicker;
    std::optional<std::string> headline;
    std::optional<std::string> lede;
    std::vector<std::string> authors;
    std::optional<std::string> published;
    std::optional<std::string> updated;
    std::optional<std::string> dateline;
    std::optional<SourceTag> source_tag;
    std::vector<Media> media;
    std::vector<Section> sections;
    std::vector<Quote> quotes;
    std::vector<std::string> boilerplate;
    std::vector<std::string> warnings;
};

/// The one error type: an input that cannot be read or is not text at all. The message has no path prefix.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Parses raw page bytes into an article. `path` is copied to `input.path` ("-" for stdin).
/// A page the parser cannot understand still gives a record (with warnings); throws Error only for
/// input that is not text (binary files).
Article parse(std::string_view raw, std::string_view path = "-");

/// Serialises a record: pretty (2-space indent, trailing newline) or compact (one line, trailing newline).
/// Keys always present, in the order of RECORD.md. Output is valid UTF-8 JSON whatever the strings hold.
std::string to_json(const Article& article, bool pretty = true);

/// The JSON Schema (draft 2020-12) that every record validates against.
std::string_view json_schema();

/// The version string of the library, e.g. "0.1.0".
std::string_view version();

/// Hex SHA-256 of raw bytes.
std::string sha256_hex(std::string_view bytes);

} // namespace archive
