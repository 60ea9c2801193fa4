import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@stalking-awareness/widgets/define-all';
import './full-agency-page.css';

/**
 * The agency's own copy, in both languages. Every fact comes from the project's reference notes (safety planning
 * for child support cases, the OCSS outreach material, PIQ-25-01, SPARC): options to ask about, never advice, and
 * no promise of safety.
 */
interface PageCopy {
  lang: 'en' | 'es';
  agency: string;
  nav: { help: string; case: string; resources: string };
  title: string;
  lede: string;
  notYourFault: string;
  caseHeading: string;
  caseRisk: string;
  caseAskIntro: string;
  caseAsk: string[];
  caseStaff: string;
  talkHeading: string;
  talkIntro: string;
  resourcesHeading: string;
  resourcesIntro: string;
  footer: string;
}

const COPY: Record<'en' | 'es', PageCopy> = {
  en: {
    lang: 'en',
    agency: 'Child Support Services',
    nav: { help: 'Talk to someone', case: 'Your child support case', resources: 'Where to find help' },
    title: 'Help if someone is stalking you',
    lede: 'Stalking can include following you, showing up where you are, repeated unwanted contact, threats, and using technology to keep tabs on you.',
    notYourFault: 'What the person stalking you does is not your fault.',
    caseHeading: 'Your child support case',
    caseRisk:
      'Federal guidance notes that almost 40% of custodial parents in the child support program have experienced domestic violence with the other parent, and that opening or enforcing a support order can trigger violence.',
    caseAskIntro: 'You can tell your caseworker about safety concerns at any stage of your case, and ask about:',
    caseAsk: [
      'keeping your address confidential, or a family-violence indicator on your case;',
      'taking part in hearings by phone or video;',
      'separate appointment times;',
      'being told before the other parent is contacted;',
      '"good cause", if pursuing support would be unsafe.',
    ],
    caseStaff: 'Our staff can tell you about these options. Which to ask for is your decision.',
    talkHeading: 'Talk to someone',
    talkIntro:
      'An advocate can help you make a safety plan for your situation. General information cannot replace a plan made with an advocate, and no plan can guarantee safety.',
    resourcesHeading: 'Where to find help',
    resourcesIntro: 'National organizations for support, safety planning and legal information.',
    footer: 'Child Support Services. National Stalking Awareness Month is every January.',
  },
  es: {
    lang: 'es',
    agency: 'Servicios de Manutención de Menores',
    nav: { help: 'Hable con alguien', case: 'Su caso de manutención', resources: 'Dónde encontrar ayuda' },
    title: 'Ayuda si alguien le acecha',
    lede: 'El acecho puede incluir seguirle, aparecer donde usted está, contactos repetidos que usted no quiere, amenazas y el uso de la tecnología para vigilarle.',
    notYourFault: 'Lo que hace la persona que le acecha no es culpa suya.',
    caseHeading: 'Su caso de manutención',
    caseRisk:
      'Una guía federal señala que casi el 40 % de los padres con custodia en el programa de manutención de menores han sufrido violencia doméstica por parte del otro padre o madre, y que abrir o hacer cumplir una orden de manutención puede provocar violencia.',
    caseAskIntro:
      'Puede informar a la persona encargada de su caso sobre sus preocupaciones de seguridad en cualquier etapa del caso, y preguntar por:',
    caseAsk: [
      'mantener su dirección confidencial, o una indicación de violencia familiar en su caso;',
      'participar en las audiencias por teléfono o por video;',
      'citas en horarios separados;',
      'recibir aviso antes de que se contacte al otro padre o madre;',
      'la "causa justificada" (good cause), si solicitar la manutención no fuera seguro.',
    ],
    caseStaff: 'Nuestro personal puede informarle sobre estas opciones. Usted decide cuáles solicitar.',
    talkHeading: 'Hable con alguien',
    talkIntro:
      'Una persona de apoyo (advocate) puede ayudarle a hacer un plan de seguridad para su situación. La información general no reemplaza un plan hecho con una persona de apoyo, y ningún plan puede garantizar su seguridad.',
    resourcesHeading: 'Dónde encontrar ayuda',
    resourcesIntro: 'Organizaciones nacionales de apoyo, planificación de seguridad e información legal.',
    footer: 'Servicios de Manutención de Menores. Enero es el Mes Nacional de Concientización sobre el Acecho.',
  },
};

const page = (copy: PageCopy) => html`
  <div class="css-page" lang=${copy.lang}>
    <sa-quick-exit></sa-quick-exit>
    <header class="css-masthead">
      <p class="css-masthead__name">${copy.agency}</p>
      <nav aria-label=${copy.agency}>
        <ul>
          <li><a href="#your-case">${copy.nav.case}</a></li>
          <li><a href="#talk">${copy.nav.help}</a></li>
          <li><a href="#where-to-find-help">${copy.nav.resources}</a></li>
        </ul>
      </nav>
    </header>
    <main class="css-content">
      <sa-safety-alert variant="inline"></sa-safety-alert>
      <h1>${copy.title}</h1>
      <p class="css-lede">${copy.lede}</p>
      <p><strong>${copy.notYourFault}</strong></p>

      <h2 id="your-case">${copy.caseHeading}</h2>
      <p>${copy.caseRisk}</p>
      <div class="css-callout">
        <p>${copy.caseAskIntro}</p>
        <ul>
          ${copy.caseAsk.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>
      <p>${copy.caseStaff}</p>

      <h2 id="talk">${copy.talkHeading}</h2>
      <p>${copy.talkIntro}</p>
      <sa-hotline-banner variant="compact" resource-ids="ndvh victimconnect"></sa-hotline-banner>

      <h2 id="where-to-find-help">${copy.resourcesHeading}</h2>
      <p>${copy.resourcesIntro}</p>
      <sa-resource-list categories="support-network safety-planning legal" category-filter></sa-resource-list>

      <sa-legal-disclaimer agency=${copy.agency} last-reviewed="2026-11-01"></sa-legal-disclaimer>
    </main>
    <footer class="css-footer"><p>${copy.footer}</p></footer>
  </div>
`;

/**
 * A Child Support Services page as an agency would build it: its own header, copy and stylesheet
 * (`full-agency-page.css`, not ours), with the quick exit, the monitoring notice, two help lines, a list of
 * resources and the legal disclaimer dropped in. The exit leaves Storybook as it would leave the agency's site.
 *
 * The page's safety alert has no exit button of its own: the page already has `<sa-quick-exit>`, and two exit
 * buttons mean screen-reader users meet the same control twice.
 */
const meta: Meta = {
  title: 'Examples/Full agency page',
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 720 } },
  },
};
export default meta;

type Story = StoryObj;

export const English: Story = { render: () => page(COPY.en) };

/** The same page in Spanish: `lang="es"` on the page's wrapper is all the widgets need. */
export const Spanish: Story = { name: 'Español', render: () => page(COPY.es) };

/** The page at 320 px, the narrowest screen WCAG reflow asks for. */
export const Narrow: Story = {
  name: 'English, 320 px',
  render: () => html`
    <style>
      .sb-narrow-frame {
        width: 320px;
      }
    </style>
    <div class="sb-narrow-frame">${page(COPY.en)}</div>
  `,
};
