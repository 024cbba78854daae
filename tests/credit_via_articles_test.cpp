// "Photo via la mairie", "Foto via il comune", "Image via the harbour office": after a picture's word and "via", an
// article and a noun name the body that handed the picture on in small letters, a credit as "Photo via Reuters" is
// (credits.cpp, via_body(); lexicon section articles). "Photo via email" names no one.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <string>
#include <string_view>

using namespace archive;

TEST_CASE("a picture's word, via and an article open a credit", "[credits][via_articles]") {
    for (const char* line : {"Photo via la mairie", "Foto via il comune", "Image via the harbour office",
                             "Foto via die Gemeinde",
                             "Foto via a prefeitura", "Foto via de gemeente"}) {
        CAPTURE(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
    for (const char* line : {"Photo via email", "Photo via", "Photo via la", "Foto via whatsapp",
                             "Photo via la mairie, qui a envoyé les clichés aux écoles du quartier nord."}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(std::string_view(line)));
    }
}

TEST_CASE("a caption closed by a via credit in small letters gives the picture that credit",
          "[credits][via_articles]") {
    for (const auto& [caption, credit] : std::initializer_list<std::pair<const char*, const char*>>{
             {"Les nouveaux bancs de la place du marché, installés la semaine dernière.", "Photo via la mairie"},
             {"Le nuove panchine della piazza, montate la settimana scorsa.", "Foto via il comune"},
             {"The new benches on the market square, put up last week.", "Photo via the council"},
         }) {
        const std::string line = std::string(caption) + " " + credit;
        CAPTURE(line);
        const auto split = split_trailing_credit(std::string_view(line));
        CHECK((split && split->first == caption && split->second == credit));
    }
}
