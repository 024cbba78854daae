// What the byline phase asks of bylines.cpp beyond classify.hpp: names standing beside a date. Internal to the
// classify stage.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace archive {

/// "1. Februar 2022 , Anna Muster", "3 March 2022 Jane Roe 6": the words a date line prints after its date (`rest`,
/// as read_dates() cut it from `line`) are a person's name closing the line (a count of comments may follow it) ->
/// the name.
std::optional<std::string> name_after_date(std::string_view line, std::string_view rest);

} // namespace archive
