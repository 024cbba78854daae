// The tokens of a line and the dates they spell ("25 octobre 2016 à 14h32", "04.05.2015", "Oct. 19, 2019"), read
// by date_tokens.cpp; dates.cpp reads with them what a line says about dates (labels, relative dates, date lines).
// Internal: the interface is dates.hpp.
#pragma once

#include "dates.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive::dating {

enum class TokKind { number, word, punct };

struct Tok {
    TokKind kind;
    std::string_view text; // lower-case: a word in the buffer tokenize() was given, a number or a mark in the line
    std::size_t begin, end;
    bool used = false;
};

/// The end of the run of letters from byte i on.
std::size_t letters_end(std::string_view line, std::size_t i);

/// The tokens of a line, into `toks` (emptied first), their words lower-cased into `lowered`.
void tokenize(std::string_view line, std::string& lowered, std::vector<Tok>& toks);

/// The month (1 to 12) a lower-case word names in any language, the page's language first; 0 for none.
int month_of(std::string_view word, std::string_view language);

// Whether token i is a number of min_len to max_len bytes, of ASCII digits. A digit from U+0080 ("٢", "𝟐", "２")
// opens a token of its own bytes, which would pass for a day or, at four bytes, for a year: such a token is no
// number of a date (std::stoi threw on one and the page failed).
inline bool is_num(const std::vector<Tok>& t, std::size_t i, std::size_t min_len = 1, std::size_t max_len = 2) {
    return i < t.size() && t[i].kind == TokKind::number && t[i].text.size() >= min_len &&
           t[i].text.size() <= max_len && static_cast<unsigned char>(t[i].text.front()) < 0x80;
}

inline bool is_punct(const std::vector<Tok>& t, std::size_t i, std::string_view p) {
    return i < t.size() && t[i].kind == TokKind::punct && t[i].text == p;
}

inline bool is_word(const std::vector<Tok>& t, std::size_t i, std::string_view w) {
    return i < t.size() && t[i].kind == TokKind::word && t[i].text == w;
}

/// "19.10.19", "30/10/23" at token i: a date of numbers with a year of two digits, standing alone.
bool short_numeric_date(const std::vector<Tok>& t, std::size_t i);

/// The date ending at token `last` goes on with a time range ("[date], 10:00-11:30").
bool time_range_after(const std::vector<Tok>& t, std::size_t last);

/// "alle 19.20", "à 07h30", "at 7:30 PM": a time alone from token `i` on, as "T19:20", its tokens marked used.
std::optional<std::string> time_alone(std::vector<Tok>& t, std::size_t i);

struct Found {
    std::string iso;
    std::size_t first, last; // token range used, inclusive
};

/// The first date at or after token `from`, opening before token `until`, with its time.
std::optional<Found> find_from(std::vector<Tok>& t, std::size_t from, std::string_view language,
                               std::size_t until = std::string_view::npos, bool short_years = false,
                               DayOrder order = DayOrder::by_language);

} // namespace archive::dating
