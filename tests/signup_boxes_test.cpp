// Tests of the newsletter sign-up boxes printed between two paragraphs of an article: the field asking for an
// e-mail address, with the box's title, offer, button and notice around it, leaves the body; the paragraphs around
// it stay. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using test::BoxRow;
using test::check_boxes;

TEST_CASE("a newsletter's sign-up box between two paragraphs leaves the body", "[classify][signup]") {
    check_boxes({
        {"en",
         "Harbour Weekly\nNews\n\nFerry fares will rise by a tenth in the spring\n\n"
         "The harbour board agreed on Monday to raise ferry fares by ten percent from the first of April.\n\n"
         "The board said fuel and wages had risen faster than its income for three years in a row.\n\n"
         "Sign up for The Tide Table\nGet the week's harbour and ferry news in your inbox every Friday.\n"
         "Enter your email\nSign up\nSigning up means you accept our privacy policy.\n\n"
         "Season tickets for islanders will keep their old price until the end of the year.\n\n"
         "The new fares will be printed on the timetables that go out to households in March.\n\nContact\nImprint\n",
         {"Sign up for The Tide Table", "Get the week's harbour and ferry news in your inbox every Friday.",
          "Signing up means you accept our privacy policy."},
         {"The board said fuel and wages had risen faster than its income for three years in a row.",
          "Season tickets for islanders will keep their old price until the end of the year."}},
        {"de",
         "Hafenblatt\nNachrichten\n\nDie Fährpreise steigen im Frühling um ein Zehntel\n\n"
         "Der Hafenrat hat am Montag beschlossen, die Fährpreise ab dem ersten April um zehn Prozent zu erhöhen.\n\n"
         "Treibstoff und Löhne seien seit drei Jahren schneller gestiegen als die Einnahmen, hieß es.\n\n"
         "Der Gezeiten-Newsletter\n\nJeden Freitag die Nachrichten aus dem Hafen direkt in Ihr Postfach.\n\n"
         "E-Mail-Adresse*\n\nJetzt abonnieren\n\n"
         "Die Jahreskarten der Inselbewohner behalten ihren alten Preis bis zum Ende des Jahres.\n\n"
         "Die neuen Preise stehen in den Fahrplänen, die im März an alle Haushalte verteilt werden.\n\n"
         "Kontakt\nImpressum\n",
         {"Der Gezeiten-Newsletter", "Jeden Freitag die Nachrichten aus dem Hafen direkt in Ihr Postfach."},
         {"Treibstoff und Löhne seien seit drei Jahren schneller gestiegen als die Einnahmen, hieß es.",
          "Die Jahreskarten der Inselbewohner behalten ihren alten Preis bis zum Ende des Jahres."}},
        {"fr",
         "Le Courrier du Port\nActualité\n\nLes tarifs du bac augmenteront d'un dixième au printemps\n\n"
         "Le conseil du port a décidé lundi de relever les tarifs du bac de dix pour cent dès le premier avril.\n\n"
         "Le carburant et les salaires ont augmenté plus vite que les recettes depuis trois ans, selon le conseil.\n\n"
         "Inscrivez-vous à notre lettre du vendredi\nToute l'actualité du port chaque semaine dans votre boîte mail.\n"
         "Votre adresse e-mail : *\nS'inscrire\n"
         "Vos données personnelles ne seront jamais transmises à des tiers.\n\n"
         "Les abonnements annuels des insulaires garderont leur ancien prix jusqu'à la fin de l'année.\n\n"
         "Les nouveaux tarifs figureront dans les horaires distribués aux ménages en mars.\n\nContact\nMentions légales\n",
         {"Inscrivez-vous à notre lettre du vendredi",
          "Toute l'actualité du port chaque semaine dans votre boîte mail.",
          "Vos données personnelles ne seront jamais transmises à des tiers."},
         {"Le carburant et les salaires ont augmenté plus vite que les recettes depuis trois ans, selon le conseil.",
          "Les abonnements annuels des insulaires garderont leur ancien prix jusqu'à la fin de l'année."}},
        {"es",
         "La Gaceta del Puerto\nNoticias\n\nEl billete del transbordador subirá un diez por ciento en primavera\n\n"
         "La junta del puerto acordó el lunes subir el precio del transbordador un diez por ciento desde el uno de abril.\n\n"
         "El combustible y los salarios han crecido más deprisa que los ingresos durante tres años seguidos.\n\n"
         "Suscríbete al boletín de los viernes\nLas noticias del puerto cada semana en tu bandeja de entrada.\n"
         "Tu correo electrónico\nEnviar\n\n"
         "Los abonos anuales de los isleños mantendrán su precio hasta el final del año.\n\n"
         "Las nuevas tarifas aparecerán en los horarios que se repartirán a los hogares en marzo.\n\nContacto\nAviso legal\n",
         {"Suscríbete al boletín de los viernes", "Las noticias del puerto cada semana en tu bandeja de entrada."},
         {"El combustible y los salarios han crecido más deprisa que los ingresos durante tres años seguidos.",
          "Los abonos anuales de los isleños mantendrán su precio hasta el final del año."}},
    });
}

TEST_CASE("a sign-up box offering the news in the reader's e-mail, with a button of its own words, leaves the body",
          "[classify][signup]") {
    // The offer names the reader's e-mail ("sent to your email", "no seu e-mail") and the button says the reader
    // wants it ("Sign me up", "Quero receber"), with no word of a newsletter or a subscription on either line.
    check_boxes({
        {"en",
         "Harbour Weekly\nNews\n\nFerry fares will rise by a tenth in the spring\n\n"
         "The harbour board agreed on Monday to raise ferry fares by ten percent from the first of April.\n\n"
         "The board said fuel and wages had risen faster than its income for three years in a row.\n\n"
         "Get the harbour headlines sent to your email every morning\nYour email\nSign me up\n"
         "By continuing you agree to our terms of use.\n\n"
         "Season tickets for islanders will keep their old price until the end of the year.\n\n"
         "The new fares will be printed on the timetables that go out to households in March.\n\nContact\nImprint\n",
         {"Get the harbour headlines sent to your email every morning", "Sign me up"},
         {"The board said fuel and wages had risen faster than its income for three years in a row.",
          "Season tickets for islanders will keep their old price until the end of the year."}},
        {"pt",
         "Correio do Cais\nNotícias\n\nPassagem da balsa vai subir dez por cento no outono\n\n"
         "A administração do porto aprovou na segunda-feira um aumento de dez por cento na passagem da balsa a partir de abril.\n\n"
         "Segundo a administração, o combustível e os salários subiram mais depressa do que a receita nos últimos três anos.\n\n"
         "Receba as notícias do porto todas as manhãs no seu e-mail\n"
         "Cadastre-se e receba o resumo de segunda a sábado.\nSeu e-mail\nQuero receber\n"
         "Ao se cadastrar você concorda com a Política de Privacidade.\n\n"
         "Os moradores das ilhas vão manter o preço antigo do passe anual até o fim do ano.\n\n"
         "As novas tarifas vão aparecer nos horários distribuídos às famílias em março.\n\nContato\nExpediente\n",
         {"Receba as notícias do porto todas as manhãs no seu e-mail",
          "Cadastre-se e receba o resumo de segunda a sábado.", "Quero receber"},
         {"Segundo a administração, o combustível e os salários subiram mais depressa do que a receita nos últimos três anos.",
          "Os moradores das ilhas vão manter o preço antigo do passe anual até o fim do ano."}},
        {"es",
         "La Gaceta del Puerto\nNoticias\n\nEl billete del transbordador subirá un diez por ciento en primavera\n\n"
         "La junta del puerto acordó el lunes subir el precio del transbordador un diez por ciento desde el uno de abril.\n\n"
         "El combustible y los salarios han crecido más deprisa que los ingresos durante tres años seguidos.\n\n"
         "Recibe cada mañana las noticias del puerto en tu correo\nTu correo electrónico\nQuiero recibirlas\n\n"
         "Los abonos anuales de los isleños mantendrán su precio hasta el final del año.\n\n"
         "Las nuevas tarifas aparecerán en los horarios que se repartirán a los hogares en marzo.\n\nContacto\nAviso legal\n",
         {"Recibe cada mañana las noticias del puerto en tu correo", "Quiero recibirlas"},
         {"El combustible y los salarios han crecido más deprisa que los ingresos durante tres años seguidos.",
          "Los abonos anuales de los isleños mantendrán su precio hasta el final del año."}},
    });
}

TEST_CASE("a paragraph naming a newsletter, with no field asking for an e-mail address, stays", "[classify][signup]") {
    check_boxes({
        {"en",
         "Harbour Weekly\nNews\n\nThe harbour office starts a newsletter for islanders\n\n"
         "The harbour office will send islanders a newsletter every month with the timetables and the works ahead.\n\n"
         "Residents can subscribe at the ticket office or by writing to the harbour master, the office said.\n\n"
         "The first issue is due in March and will also be printed for those without an inbox.\n\nContact\nImprint\n",
         {},
         {"Residents can subscribe at the ticket office or by writing to the harbour master, the office said.",
          "The first issue is due in March and will also be printed for those without an inbox."}},
        {"de",
         "Hafenblatt\nNachrichten\n\nDas Hafenamt verschickt künftig einen Newsletter\n\n"
         "Das Hafenamt schickt den Inselbewohnern künftig jeden Monat einen Newsletter mit den Fahrplänen.\n\n"
         "Wer ihn abonnieren will, kann sich am Schalter oder beim Hafenmeister anmelden, teilte das Amt mit.\n\n"
         "Die erste Ausgabe erscheint im März und wird auch auf Papier verteilt.\n\nKontakt\nImpressum\n",
         {},
         {"Wer ihn abonnieren will, kann sich am Schalter oder beim Hafenmeister anmelden, teilte das Amt mit.",
          "Die erste Ausgabe erscheint im März und wird auch auf Papier verteilt."}},
    });
}

TEST_CASE("a heading under a sign-up box still heads its text", "[classify][signup]") {
    test::check_heading_rows({
        {"en",
         "Harbour Weekly\nNews\n\nFerry fares will rise by a tenth in the spring\n\n"
         "The harbour board agreed on Monday to raise ferry fares by ten percent from the first of April.\n\n"
         "What happens next?\n"
         "The board said fuel and wages had risen faster than its income for three years in a row.\n\n"
         "Sign up for The Tide Table\nGet the week's harbour and ferry news in your inbox every Friday.\n"
         "Enter your email\nSign up\nSigning up means you accept our privacy policy.\n\n"
         "Who pays for it?\n"
         "Season tickets for islanders will keep their old price until the end of the year, the board said.\n\n"
         "The new fares will be printed on the timetables that go out to households in March.\n\nContact\nImprint\n",
         {"What happens next?", "Who pays for it?"}},
        {"de",
         "Hafenblatt\nNachrichten\n\nDie Fährpreise steigen im Frühling um ein Zehntel\n\n"
         "Der Hafenrat hat am Montag beschlossen, die Fährpreise ab dem ersten April um zehn Prozent zu erhöhen. "
         "Die Erhöhung gilt für alle Linien, auch für die kurze Fahrt zur Vogelinsel.\n\n"
         "Wie geht es weiter?\n"
         "Treibstoff und Löhne seien seit drei Jahren schneller gestiegen als die Einnahmen, hieß es. Der Rat will "
         "die Preise im nächsten Herbst wieder prüfen und dann über weitere Schritte entscheiden.\n\n"
         "Der Gezeiten-Newsletter\nJeden Freitag die Nachrichten aus dem Hafen direkt in Ihr Postfach.\n"
         "E-Mail-Adresse eingeben\nAnmelden\nMit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.\n\n"
         "Wer bezahlt das?\n"
         "Die Jahreskarten der Inselbewohner behalten ihren alten Preis bis zum Ende des Jahres, sagte der Rat.\n\n"
         "Die neuen Preise stehen in den Fahrplänen, die im März an alle Haushalte verteilt werden.\n\n"
         "Kontakt\nImpressum\n",
         {"Wie geht es weiter?", "Wer bezahlt das?"}},
    });
}

TEST_CASE("a sign-up box's blurb under its title leaves the body with it", "[classify][signup]") {
    check_boxes({
        {"en",
         "Valley Gazette\nNews\n\nCounty opens two new cooling centers for the heat wave\n\n"
         "The county opened two cooling centers on Tuesday as temperatures climbed past 100 degrees.\n\n"
         "Both centers will stay open late every evening through the weekend, officials said.\n\n"
         "Get the Valley Morning newsletter\nThe county's news in one short read before breakfast on weekdays.\n"
         "Enter your email address\nSign up\nYou can unsubscribe at any time. Read our Privacy Policy.\n\n"
         "Buses to both centers will run every twenty minutes and riders will not pay a fare.\n\n"
         "Residents without air conditioning are asked to check on older neighbors twice a day.\n\nContact\nAbout\n",
         {"Get the Valley Morning newsletter", "The county's news in one short read before breakfast on weekdays."},
         {"Both centers will stay open late every evening through the weekend, officials said.",
          "Buses to both centers will run every twenty minutes and riders will not pay a fare."}},
        {"de",
         "Talbote\nNachrichten\n\nLandkreis öffnet zwei Kühlräume für die Hitzewelle\n\n"
         "Der Landkreis hat am Dienstag zwei Kühlräume geöffnet, weil die Temperaturen über 35 Grad steigen.\n\n"
         "Beide Räume bleiben bis zum Wochenende jeden Abend bis 22 Uhr offen, teilte das Amt mit.\n\n"
         "Der Morgen-Newsletter aus dem Tal\nDas Wichtigste aus dem Landkreis, werktags vor dem Frühstück.\n"
         "E-Mail-Adresse*\nJetzt abonnieren\n\n"
         "Die Busse zu beiden Räumen fahren alle zwanzig Minuten und kosten nichts.\n\n"
         "Wer keine Klimaanlage hat, soll zweimal am Tag nach älteren Nachbarn sehen.\n\nKontakt\nImpressum\n",
         {"Der Morgen-Newsletter aus dem Tal", "Das Wichtigste aus dem Landkreis, werktags vor dem Frühstück."},
         {"Beide Räume bleiben bis zum Wochenende jeden Abend bis 22 Uhr offen, teilte das Amt mit.",
          "Die Busse zu beiden Räumen fahren alle zwanzig Minuten und kosten nichts."}},
        {"es",
         "Gaceta del Valle\nNoticias\n\nEl municipio abre dos centros de hidratación por la ola de calor\n\n"
         "El municipio abrió este martes dos centros de hidratación ante temperaturas de más de 40 grados.\n\n"
         "Los dos centros estarán abiertos hasta las 22 horas durante todo el fin de semana, informaron.\n\n"
         "Recibe el boletín matutino del Valle\nLo más importante del municipio, cada mañana antes del desayuno.\n"
         "Tu correo electrónico\nSuscribirme\n\n"
         "Los camiones hacia ambos centros pasarán cada veinte minutos y no cobrarán pasaje.\n\n"
         "Se pide a quienes no tienen aire acondicionado visitar a sus vecinos mayores dos veces al día.\n\n"
         "Contacto\nAviso de privacidad\n",
         {"Recibe el boletín matutino del Valle", "Lo más importante del municipio, cada mañana antes del desayuno."},
         {"Los dos centros estarán abiertos hasta las 22 horas durante todo el fin de semana, informaron.",
          "Los camiones hacia ambos centros pasarán cada veinte minutos y no cobrarán pasaje."}},
    });
}

TEST_CASE("a readers' poll between two paragraphs leaves the body", "[classify][signup][poll]") {
    check_boxes({
        {"de",
         "Talbote\nNachrichten\n\nDer Wochenmarkt zieht auf den Kirchplatz um\n\n"
         "Der Wochenmarkt findet ab Juni nicht mehr am Bahnhof statt, sondern auf dem Kirchplatz.\n\n"
         "Die Händler hatten sich seit Jahren über zu wenig Schatten und Parkplätze beklagt.\n\n"
         "Umfrage: Ist der Kirchplatz der bessere Ort für den Markt?\nJa\nNein\nIst mir egal\n856 Stimmen\n\n"
         "Der erste Markttag am neuen Ort ist der zweite Samstag im Juni, teilte die Gemeinde mit.\n\n"
         "Die Stände werden rund um den Brunnen aufgebaut, die Zufahrt bleibt frei.\n\nKontakt\nImpressum\n",
         {"Umfrage: Ist der Kirchplatz der bessere Ort für den Markt?", "Ja", "Nein", "Ist mir egal", "856 Stimmen"},
         {"Die Händler hatten sich seit Jahren über zu wenig Schatten und Parkplätze beklagt.",
          "Der erste Markttag am neuen Ort ist der zweite Samstag im Juni, teilte die Gemeinde mit."}},
        {"en",
         "Valley Gazette\nNews\n\nFarmers market moves to the church square\n\n"
         "The weekly farmers market will leave the station lot in June and set up on the church square.\n\n"
         "Vendors had complained for years about the lack of shade and parking at the old site.\n\n"
         "Poll: Is the church square a better home for the market?\nYes\nNo\nNot sure\n1,042 votes\n\n"
         "The first market day at the new site is the second Saturday in June, the town said.\n\n"
         "Stalls will be set up around the fountain and the driveway will stay open.\n\nContact\nAbout\n",
         {"Poll: Is the church square a better home for the market?", "Yes", "No", "Not sure", "1,042 votes"},
         {"Vendors had complained for years about the lack of shade and parking at the old site.",
          "The first market day at the new site is the second Saturday in June, the town said."}},
        {"es",
         "Gaceta del Valle\nNoticias\n\nEl tianguis de los sábados se muda a la plaza de la iglesia\n\n"
         "El mercado semanal dejará el estacionamiento de la estación en junio y se instalará en la plaza.\n\n"
         "Los comerciantes llevaban años quejándose de la falta de sombra y de lugares para estacionarse.\n\n"
         "Encuesta: ¿Es la plaza un mejor lugar para el mercado?\nSí\nNo\nMe da igual\n377 votos\n\n"
         "El primer día de mercado en el nuevo sitio será el segundo sábado de junio, informó el municipio.\n\n"
         "Los puestos se colocarán alrededor de la fuente y la entrada quedará libre.\n\nContacto\nAviso legal\n",
         {"Encuesta: ¿Es la plaza un mejor lugar para el mercado?", "Sí", "No", "Me da igual", "377 votos"},
         {"Los comerciantes llevaban años quejándose de la falta de sombra y de lugares para estacionarse.",
          "El primer día de mercado en el nuevo sitio será el segundo sábado de junio, informó el municipio."}},
    });
}

TEST_CASE("a labelled question with no answers under it stays in the body", "[classify][signup][poll]") {
    check_boxes({
        {"en",
         "Valley Gazette\nNews\n\nFarmers market moves to the church square\n\n"
         "The weekly farmers market will leave the station lot in June and set up on the church square.\n\n"
         "Vendors had complained for years about the lack of shade and parking at the old site.\n\n"
         "Poll: Is the church square a better home for the market?\n\n"
         "A survey by the town last winter found most shoppers in favour of the move to the square.\n\n"
         "Stalls will be set up around the fountain and the driveway will stay open.\n\nContact\nAbout\n",
         {},
         {"A survey by the town last winter found most shoppers in favour of the move to the square.",
          "Stalls will be set up around the fountain and the driveway will stay open."}},
    });
}

// A box glued between two paragraphs with no blank line around it: its pitch over its button (byline97).
TEST_CASE("a sign-up box glued between two paragraphs leaves the body", "[classify][signup][byline97]") {
    test::check_boxes({
        {"fr",
         "Le Courrier de Vaulnay\nRégion\nLe marché de Noël de Vaulnay ouvre ses portes\n"
         "Par Claire Vautrin\n7 décembre 2026\n"
         "Le marché de Noël de Vaulnay a ouvert samedi avec quarante exposants, dix de plus que l'an dernier.\n"
         "Les artisans du bourg y côtoient des producteurs venus de toute la vallée.\n"
         "Recevez chaque matin l'essentiel de l'actualité\nS'inscrire\n"
         "La mairie attend plus de vingt mille visiteurs sur trois semaines, selon son service culturel.\n"
         "Une patinoire a été installée devant l'église pour la première fois cette année.\nContact\n",
         {"Recevez chaque matin l'essentiel de l'actualité", "S'inscrire"},
         {"Les artisans du bourg y côtoient des producteurs venus de toute la vallée.",
          "La mairie attend plus de vingt mille visiteurs sur trois semaines, selon son service culturel."}},
        {"de",
         "Kreisbote Talheim\nRegion\nWeihnachtsmarkt in Talheim eröffnet\nVon Jana Morlock\n7. Dezember 2026\n"
         "Der Weihnachtsmarkt in Talheim hat am Samstag mit vierzig Ausstellern eröffnet, zehn mehr als im Vorjahr.\n"
         "Handwerker aus dem Ort stehen neben Erzeugern aus dem ganzen Tal.\n"
         "Newsletter\nJeden Morgen die wichtigsten Nachrichten aus dem Tal.\nJetzt anmelden\n"
         "Die Stadt erwartet in drei Wochen mehr als zwanzigtausend Besucher, sagte der Bürgermeister.\n"
         "Vor der Kirche wurde erstmals eine Eisbahn aufgebaut.\nKontakt\n",
         {"Jeden Morgen die wichtigsten Nachrichten aus dem Tal.", "Jetzt anmelden"},
         {"Handwerker aus dem Ort stehen neben Erzeugern aus dem ganzen Tal.",
          "Die Stadt erwartet in drei Wochen mehr als zwanzigtausend Besucher, sagte der Bürgermeister."}},
        {"en",
         "The Fenwick Gazette\nLocal\nChristmas market opens in Fenwick square\nBy Mark Hollis\n7 December 2026\n"
         "Fenwick's Christmas market opened on Saturday with forty stalls, ten more than last year.\n"
         "Craftspeople from the town stand beside growers from across the valley.\n"
         "Get our morning briefing\nSign up\n"
         "The town council expects more than twenty thousand visitors over three weeks, a spokesman said.\n"
         "An ice rink has been set up in front of the church for the first time.\nContact\n",
         {"Get our morning briefing", "Sign up"},
         {"Craftspeople from the town stand beside growers from across the valley.",
          "The town council expects more than twenty thousand visitors over three weeks, a spokesman said."}},
    });
}

TEST_CASE("a paragraph glued over a button-like line, or naming a newsletter, stays", "[classify][signup][byline97]") {
    test::check_boxes({
        // a paragraph closed by a stop, no title naming the offer over it
        {"en",
         "The Fenwick Gazette\nLocal\nChristmas market opens in Fenwick square\nBy Mark Hollis\n7 December 2026\n"
         "Fenwick's Christmas market opened on Saturday with forty stalls, ten more than last year.\n"
         "Craftspeople from the town stand beside growers from across the valley.\n"
         "Stallholders can still register with the town hall until Friday.\nSign up\n"
         "The town council expects more than twenty thousand visitors over three weeks, a spokesman said.\n"
         "An ice rink has been set up in front of the church for the first time.\nContact\n",
         {},
         {"Stallholders can still register with the town hall until Friday.",
          "The town council expects more than twenty thousand visitors over three weeks, a spokesman said."}},
        // a paragraph naming the newsletter, no button under it
        {"fr",
         "Le Courrier de Vaulnay\nRégion\nLe marché de Noël de Vaulnay ouvre ses portes\n"
         "Par Claire Vautrin\n7 décembre 2026\n"
         "Le marché de Noël de Vaulnay a ouvert samedi avec quarante exposants, dix de plus que l'an dernier.\n"
         "La mairie publiera chaque matin le programme du jour dans sa newsletter, a précisé l'adjoint.\n"
         "Une patinoire a été installée devant l'église pour la première fois cette année.\nContact\n",
         {},
         {"La mairie publiera chaque matin le programme du jour dans sa newsletter, a précisé l'adjoint.",
          "Une patinoire a été installée devant l'église pour la première fois cette année."}},
        {"de",
         "Kreisbote Talheim\nRegion\nWeihnachtsmarkt in Talheim eröffnet\nVon Jana Morlock\n7. Dezember 2026\n"
         "Der Weihnachtsmarkt in Talheim hat am Samstag mit vierzig Ausstellern eröffnet, zehn mehr als im Vorjahr.\n"
         "Die Stadt verschickt jeden Morgen einen Newsletter mit dem Programm, sagte der Bürgermeister.\n"
         "Vor der Kirche wurde erstmals eine Eisbahn aufgebaut, die bis Januar bleibt.\nKontakt\n",
         {},
         {"Die Stadt verschickt jeden Morgen einen Newsletter mit dem Programm, sagte der Bürgermeister.",
          "Vor der Kirche wurde erstmals eine Eisbahn aufgebaut, die bis Januar bleibt."}},
    });
}
