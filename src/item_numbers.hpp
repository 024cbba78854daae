// The number opening a list's item, which the short questions (lines.cpp) and the numbered titles
// (sections_build.cpp) both read past.
#pragma once

#include <cstddef>
#include <string_view>

namespace archive {

/// "3. When will the first payment arrive?", "2) Wer bekommt das Geld?", "12. And finally...": the bytes of the
/// number opening a list's item, one or two figures and a dot or a bracket, the space after it not counted; 0 when
/// the line opens with none (or with nothing after the space).
inline std::size_t item_number_length(std::string_view t) {
    std::size_t digits = 0;
    while (digits < t.size() && digits < 3 && t[digits] >= '0' && t[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 2 || digits + 2 >= t.size() || (t[digits] != '.' && t[digits] != ')') ||
        t[digits + 1] != ' ')
        return 0;
    return digits + 1;
}

} // namespace archive
