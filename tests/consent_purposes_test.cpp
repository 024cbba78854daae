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

TEST_CASE("a cookie banner taking the reader's consent as given is a consent notice", "[classify][consent][probe99]") {
    for (const char* line : {"Ce site utilise des témoins (cookies). En continuant, vous acceptez leur utilisation.",
                             "Este sitio usa cookies. Si sigues navegando, aceptas su uso.",
                             "Questo sito usa i cookie. Continuando, accettate il loro uso.",
                             "Diese Seite nutzt Cookies. Wenn du weiterliest, akzeptierst du sie."}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // Near misses: a sentence of an article where someone accepts something, no cookie named; and an article's
    // paragraph naming cookies and the word among many others.
    for (const char* line : {"Vous acceptez mal la défaite, a lancé l'entraîneur à ses joueurs après le match.",
                             "« Si vous acceptez tous les cookies sans lire, vous livrez vos habitudes à des centaines "
                             "de sociétés », a expliqué la juriste, qui a étudié pendant trois ans les pratiques de "
                             "quarante sites de presse et de commerce en ligne en France, en Belgique et au Québec, et "
                             "qui publiera son rapport complet au printemps prochain."}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}
