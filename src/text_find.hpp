// Searching a line backwards for a mark of a few bytes (" | ", " / ", ". "), for the readers that ask it of many
// lines: declared apart from text.hpp, which most files include.
#pragma once

#include <cstddef>
#include <string.h> // memrchr
#include <string_view>

namespace archive::text {

/// s.rfind(mark, pos): std::string_view::rfind() asks memcmp at every place of the line from its end (some 25
/// instructions a byte), where most places hold no mark. Here the mark's first byte is found backwards by memrchr
/// (many bytes a step), its second byte compared in place, and the rest only where both stand.
inline std::size_t rfind_mark(std::string_view s, std::string_view mark,
                              std::size_t pos = std::string_view::npos) {
    if (mark.empty() || mark.size() > s.size())
        return s.rfind(mark, pos);
    std::size_t end = s.size() - mark.size() + 1; // the mark may start before `end`
    if (pos < end)
        end = pos + 1;
    while (end > 0) {
        const void* at = memrchr(s.data(), mark.front(), end);
        if (at == nullptr)
            return std::string_view::npos;
        const auto i = static_cast<std::size_t>(static_cast<const char*>(at) - s.data());
        if ((mark.size() == 1 || s[i + 1] == mark[1]) && s.compare(i, mark.size(), mark) == 0)
            return i;
        end = i;
    }
    return std::string_view::npos;
}

} // namespace archive::text
