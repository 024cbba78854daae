// Tests of the classify heuristics: consent notices, prompts to subscribe or donate, and notes on a change to the
// article. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;

TEST_CASE("cookie consent notices are boilerplate in any language", "[classify][consent]") {
    for (const char* line : {"We use cookies to improve your experience on our site and to analyse our traffic.",
                             "Ce site utilise des cookies afin d'améliorer votre expérience de navigation.",
                             "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Datenschutz",
                             "Utilizamos cookies propias y de terceros. Puede aceptar o configurar su privacidad.",
                             // no verb of consent, no settings: only the cookies it calls necessary or lets one allow
                             "Unsere Seite nutzt Cookies. Manche davon sind notwendig, über die übrigen entscheiden Sie.",
                             "This site sets cookies. Some are strictly necessary, others help us count our readers.",
                             "Nuestro sitio usa cookies: algunas son necesarias y otras nos ayudan a contar visitas."}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    for (const char* line : {"The bakery sold four thousand cookies on Saturday, the owner said.",
                             "Le conseil a accepté le budget.",
                             "Nearly every page you open asks your browser to fetch a small button from the network, "
                             "and that request carries the address of the page, the time of the visit and any "
                             "cookies the network set before, so it can follow your browsing from one site to the "
                             "next even if you never press the button and never signed up for an account there."}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}

TEST_CASE("a form's or an embedded post's consent to the privacy statement is a consent notice", "[classify][consent]") {
    for (const char* line : {"Beim Abspielen des Films akzeptierst du die Datenschutzerklärung von Hafentube.",
                             "Wir respektieren deine Privatsphäre und laden den Beitrag erst, wenn du zustimmst.",
                             "By sending the form you agree to our privacy policy and to the storage of your address.",
                             "En cliquant sur le bouton, j'accepte la politique de confidentialité du port.",
                             "Al registrarme acepto la política de privacidad del puerto."}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // The statement or the verb alone, in an article.
    for (const char* line : {"Der Datenschutzbeauftragte prüft, ob der Hafen die Privatsphäre der Gäste schützt.",
                             "The council did not accept the harbour master's plan for the winter berths.",
                             "La politique de confidentialité du port a été publiée lundi."}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}

TEST_CASE("a form's long consent that opens with the consent to the privacy statement is a consent notice",
          "[classify][consent]") {
    // Over sixty words: the consent goes on to tell what is stored, for how long and how to withdraw it.
    const std::string tail_de = " Die Angaben aus dem Formular werden für die Antwort auf die Nachricht und für spätere "
                                "Rückfragen beim Segelverein Möwenbucht aufbewahrt, nicht ohne Einwilligung "
                                "weitergegeben und nach Abschluss der Anfrage gelöscht. Die Einwilligung kann jederzeit "
                                "für die Zukunft per E-Mail an den Vorstand des Vereins widerrufen werden, ohne dass "
                                "dadurch die Rechtmäßigkeit der bisherigen Verarbeitung berührt wird.";
    const std::string tail_en = " The details from this form are stored by the Gullhaven rowing club to answer the "
                                "request and any questions that follow from it, are never passed on without your "
                                "consent and are deleted once the request is closed. You may withdraw this consent "
                                "at any time by writing to the club secretary, which does not affect the lawfulness "
                                "of the processing carried out before the withdrawal was received.";
    const std::string tail_fr = " Les informations saisies dans ce formulaire sont conservées par le club nautique de "
                                "Pors Guen pour répondre à la demande et aux questions qui en découlent, ne sont jamais "
                                "transmises sans votre accord et sont effacées à la clôture de la demande. Vous pouvez "
                                "retirer ce consentement à tout moment en écrivant au secrétariat du club, sans que "
                                "cela remette en cause le traitement effectué avant ce retrait.";
    const std::string tail_es = " Los datos de este formulario los guarda el club náutico de Punta Remos para responder "
                                "a la consulta y a las preguntas que surjan de ella, nunca se ceden sin su permiso y se "
                                "borran al cerrar la consulta. Puede retirar este consentimiento en cualquier momento "
                                "escribiendo a la secretaría del club, sin que ello afecte al tratamiento realizado "
                                "antes de la retirada, y pedir una copia de los datos guardados.";
    for (const std::string& line :
         {"Hiermit bestätige ich, die Datenschutzerklärung des Vereins zu kennen, und stimme der Speicherung zu." + tail_de,
          "Yes, I have read the privacy policy and agree to the storage of my details." + tail_en,
          "J'ai lu la politique de confidentialité et j'accepte l'enregistrement de mes données." + tail_fr,
          "He leído la política de privacidad y acepto que se guarden mis datos." + tail_es}) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // A long paragraph of an article: its first sentence names the statement without a verb of consent, or it is
    // a long sentence on another subject.
    for (const std::string& line :
         {"The privacy policy of the rowing club was rewritten last spring." + tail_en,
          "Die Datenschutzerklärung des Segelvereins wurde im Frühjahr neu gefasst." + tail_de,
          "Le club nautique a publié lundi le bilan de sa saison, marquée par une tempête en mars, des régates "
          "annulées en avril, une fréquentation record en juillet et l'arrivée de trois nouveaux moniteurs." +
              tail_fr}) {
        INFO(line);
        CHECK_FALSE(is_consent_notice(line));
    }
}

TEST_CASE("prompts to subscribe, sign up or donate are boilerplate in any language", "[classify][promo]") {
    for (const char* line : {"Sign up for our free weekly newsletter and never miss the latest harbour news.",
                             "Jetzt kostenlos den Newsletter abonnieren und nichts mehr verpassen!",
                             "Abonnez-vous gratuitement à notre newsletter pour recevoir les actualités du port.",
                             "Suscríbete gratis y recibe las noticias del puerto directamente en tu correo.",
                             "Unterstütze unabhängigen Journalismus mit einer Spende!",
                             "No spam, ever: unsubscribe with one click whenever you like."}) {
        INFO(line);
        CHECK(is_promo_notice(line));
        CHECK(block_quality(block_of(line), "") == Quality::bad);
    }
    // The words in an article: among many others, or without any prompt.
    for (const char* line : {"The harbour office sends a newsletter to the fishermen every month, the mayor said.",
                             "The council asked the port authority whether the newsletter had been sent to the "
                             "families who live along the northern quay before the works began in the spring, "
                             "and the authority answered that it had been printed but not yet delivered.",
                             "Die Spende des Vereins floss in den Bau des neuen Kais."}) {
        INFO(line);
        CHECK_FALSE(is_promo_notice(line));
    }
}

TEST_CASE("a block's consent and promo notices are told from one look-up of its words", "[classify][consent][promo]") {
    struct Row {
        const char* line;
        bool consent, promo;
    };
    for (const Row& r : {Row{"We use cookies to remember your settings and measure the traffic of the marina site.", true, false},
                         Row{"Mit dem Absenden stimme ich der Datenschutzerklärung des Segelvereins zu.", true, false},
                         Row{"Get the free weekly newsletter of the Lindholm ferry line, straight to your inbox.", false, true},
                         Row{"Inscrivez-vous gratuitement à notre newsletter pour recevoir les horaires du bac de Kerlouan.", false, true},
                         Row{"The ferry to Lindholm leaves at nine and returns before the evening tide.", false, false}}) {
        INFO(r.line);
        const Block b = block_of(r.line);
        CHECK(is_consent_notice(b) == r.consent);
        CHECK(is_promo_notice(b) == r.promo);
        CHECK(is_consent_or_promo_notice(b, true) == (r.consent || r.promo));
        CHECK(is_consent_or_promo_notice(b, false) == r.consent);
    }
}

TEST_CASE("appeals for support and a subscription's terms in common words are prompts", "[classify][promo]") {
    // No newsletter, subscription or donation word: a phrase of the appeal stands for it.
    for (const char* line : {"Ihr Beitrag hilft, unsere Hafenzeitung weiterhin kostenlos für alle anzubieten.",
                             "Your contribution helps us keep the Dunmore harbour news free for every reader.",
                             "Lee el periodismo del puerto sin límites. Cancela cuando quieras.",
                             "Soutenez-nous : le journalisme du port reste gratuit grâce à vous.",
                             // a paywall's offer and its terms
                             "Instant access to the full report on the Dunmore lighthouse.",
                             "Unbegrenzter Zugang zu allen Ausgaben des Hafenarchivs seit 1990. Das Abo verlängert sich "
                             "automatisch jedes Jahr."}) {
        INFO(line);
        CHECK(is_promo_notice(line));
    }
    // The same words in an article's sentence, without any other prompt word, or among many other words.
    for (const char* line : {"Ihr Beitrag hilft uns sehr, sagte die Bürgermeisterin zu den Fischern am Kai.",
                             "Your contribution helps, the harbour master told the volunteers who had rebuilt the "
                             "northern pier during the long winter, and the council promised to thank each of "
                             "them at the spring fair next to the old lighthouse by the quay this month.",
                             "El alcalde explicó a los vecinos del puerto que el abono del aparcamiento se cancela "
                             "cuando quieras en la oficina municipal, pero que la tarifa de invierno seguirá igual "
                             "hasta marzo."}) {
        INFO(line);
        CHECK_FALSE(is_promo_notice(line));
    }
}

TEST_CASE("a note on a change to the article opens with an update word and a colon", "[classify][closing]") {
    for (const char* line : {"Update July 4th, 9:10AM ET: Added the harbour master's reply.",
                             "Mise à jour, 14h : la capitainerie confirme la fermeture.",
                             "Actualización 18:30: El puerto reabre el muelle norte.",
                             "Aktualizacja: Kapitanat potwierdził zamknięcie nabrzeża.",
                             "Correction: An earlier version misspelled the ferry's name."}) {
        INFO(line);
        CHECK(update_note(line));
    }
    // A sentence on updates, a date alone after the word, a word that only starts like one.
    for (const char* line : {"Update your app to see the new timetable.", "Updated: 4 July 2024", "Updates: none.",
                             "Updating: the harbour map is being redrawn now."}) {
        INFO(line);
        CHECK_FALSE(update_note(line));
    }
}
