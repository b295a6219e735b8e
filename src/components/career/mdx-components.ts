/** Components that career-guide MDX may use without importing them. */
import DutyList from './DutyList.astro';
import SkillList from './SkillList.astro';
import QualificationList from './QualificationList.astro';
import CertificationList from './CertificationList.astro';
import ExamFees from './ExamFees.astro';
import EmploymentFigure from '../figures/EmploymentFigure.astro';
import EmploymentTable from '../figures/EmploymentTable.astro';
import ProjectionFigure from '../figures/ProjectionFigure.astro';
import ProjectionTable from '../figures/ProjectionTable.astro';
import OutlookTable from '../figures/OutlookTable.astro';
import PayQuote from '../figures/PayQuote.astro';
import WageFigure from '../figures/WageFigure.astro';
import Cite from '../sources/Cite.astro';
import EmploymentChart from '../figures/EmploymentChart.astro';
import ProjectionChart from '../figures/ProjectionChart.astro';
import OewsEmploymentChart from '../figures/OewsEmploymentChart.astro';
import Note from '../site/Note.astro';
import EarlierFigures from '../figures/EarlierFigures.astro';
import BaseLink from '../site/BaseLink.astro';

export const guideComponents = {
  /** Every Markdown link goes through BaseLink, so root-relative links follow BASE_PATH. */
  a: BaseLink,
  DutyList,
  SkillList,
  QualificationList,
  CertificationList,
  ExamFees,
  EmploymentFigure,
  EmploymentTable,
  ProjectionFigure,
  ProjectionTable,
  OutlookTable,
  PayQuote,
  WageFigure,
  Cite,
  EmploymentChart,
  ProjectionChart,
  OewsEmploymentChart,
  Note,
  EarlierFigures,
};
