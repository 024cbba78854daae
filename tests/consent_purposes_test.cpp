// Cookie banners that name no consent or settings word, only what the cookies serve (counting visits, showing ads):
// invented lines, several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"

using namespace archive;

TEST_CASE("a cookie banner naming the visits it counts and the ads it shows is a consent notice", "[classify][consent]") {
    for (const char* line : {"Este diario usa cookies, suyas y de otras empresas, para medir las visitas y enseñarte "
                             "anuncios. Puedes aceptarlas todas o elegir cuáles.",
                             "This paper sets cookies, its own and other firms', to count visits and show you ads.",
                             "Ce journal dépose des cookies pour compter les visites et vous montrer des annonces.",
                             "Diese Zeitung setzt Cookies, um Besuche zu zählen und Ihnen Werbung zu zeigen.",
                             "Questo giornale usa cookie per contare le visite e mostrarti annunci su misura."}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // An article's paragraph about cookies and ads: the words are spread over a paragraph's length (a sentence of
    // fewer than sixty words naming cookies, visits and ads reads as a banner: the density the banners' rule asks).
    for (const char* line : {"The regulator fined the retailer on Tuesday after finding that its site counted visits "
                             "and sold the data to firms that placed ads, without telling anyone, and that the cookies "
                             "it set stayed on the phones of its customers for years after their last purchase there. "
                             "The company said it would appeal and that it had changed its practices last spring."}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}
