// probe95: a Dutch live blog's time stamps ("11.45 uur", "om 11.45": lexicon common clock_words and clock_lead_words)
// stamp its entries as "14.32 Uhr" and "ore 14.32" do, and a Brazilian consent banner pointing to the privacy policy
// ("política de privacidade": consent_context_words) is a notice as the Spanish one is. Near misses: a dotted figure
// without the clock's word, a sentence with the time in it, a paragraph about privacy and cookies. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a Dutch stamp with the clock's word after the time or before it", "[region][live][stamp][probe95]") {
    for (const char* line : {"11.45 uur", "9.05 uur", "om 11.45", "Om 9.05", "14.32 Uhr", "ore 14.32"}) {
        CAPTURE(line);
        CHECK(entry_stamp(segment(line).front()));
    }
    for (const char* line : {"11.45", "11.45 euro", "uur", "om 11.45 uur begint de raad", "Om 11.45 uur.",
                             "25.10 uur", "om"}) {
        CAPTURE(line);
        CHECK_FALSE(entry_stamp(segment(line).front()));
    }
}

TEST_CASE("a Dutch live blog keeps its entries under their stamps", "[region][live][probe95]") {
    const std::string page = R"(Nieuws
Live
Regio
Deze website maakt gebruik van cookies. Door verder te gaan ga je akkoord met ons cookiebeleid.
Accepteren
LIVE
Storm Wendelien: treinverkeer ligt plat in het noorden, code oranje in drie provincies
Door Sanne de Wit
6 december 2026, 09:12
11.45 uur
ProRail: geen treinen tussen Zwolle en Groningen tot minstens 15.00 uur. Reizigers wordt aangeraden thuis te blijven.
11.20 uur
In Harlingen is een boom op een geparkeerde auto gevallen. Er raakte niemand gewond, meldt de veiligheidsregio.
10.58 uur
'De wind is harder dan we verwachtten', zegt meteoroloog Pieter Dijkhuizen.
10.30 uur
Schiphol heeft 84 vluchten geschrapt. Passagiers moeten de website van hun maatschappij in de gaten houden.
09.45 uur
Het KNMI heeft code oranje afgegeven voor Friesland, Groningen en Noord-Holland.
Meest gelezen
Waarom stormen steeds vaker een naam krijgen
Privacy · Voorwaarden · Toegankelijkheid
)";
    const Article a = parse(page);
    CHECK(a.headline.value_or("") ==
          "Storm Wendelien: treinverkeer ligt plat in het noorden, code oranje in drie provincies");
    std::string body;
    for (const auto& s : a.sections)
        for (const auto& para : s.paragraphs)
            body += para + "\n";
    CHECK(body.find("Schiphol heeft 84 vluchten geschrapt.") != std::string::npos);
    CHECK(body.find("In Harlingen is een boom") != std::string::npos);
    CHECK(body.find("Het KNMI heeft code oranje") != std::string::npos);
    CHECK(body.find("Meest gelezen") == std::string::npos);
}

TEST_CASE("a consent banner pointing to the privacy policy", "[classify][notices][probe95]") {
    for (const char* line : {"Esta página usa cookies. Saiba mais em nossa política de privacidade.",
                             "Este site usa cookies. Leia a nossa política de privacidade.",
                             "Esta página usa cookies. Más información en nuestra política de privacidad."}) {
        CAPTURE(line);
        CHECK(is_consent_notice(std::string_view(line)));
    }
    for (const char* line :
         {"A comissão de proteção de dados concluiu esta semana que a privacidade dos clientes de três operadoras não "
          "foi respeitada, porque os dados guardados em cookies ficaram em servidores fora da União Europeia durante "
          "mais de dois anos, e as multas chegam a quatro milhões de euros.",
          "A privacidade dos doentes é a primeira preocupação do hospital, garantiu a diretora."}) {
        CAPTURE(line);
        CHECK_FALSE(is_consent_notice(std::string_view(line)));
    }
}
