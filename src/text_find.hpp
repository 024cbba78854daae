// Searching a line backwards for a mark of a few bytes (" | ", " / ", ". "), for the readers that ask it of many
// lines: declared apart from text.hpp, which most files include.
#pragma once

#include <cstddef>
#include <string_view>

namespace archive::text {

/// s.rfind(mark), its first two bytes compared in place before the rest is: std::string_view::rfind() asks memcmp
/// at every place of the line from its end, some 25 instructions a byte, where most places hold no mark's first
/// byte.
inline std::size_t rfind_mark(std::string_view s, std::string_view mark) {
    if (mark.size() < 2 || s.size() < mark.size())
        return s.rfind(mark);
    const std::string_view rest = mark.substr(2);
    for (std::size_t at = s.size() - mark.size() + 1; at-- > 0;)
        if (s[at] == mark[0] && s[at + 1] == mark[1] && s.substr(at + 2, rest.size()) == rest)
            return at;
    return std::string_view::npos;
}

} // namespace archive::text
