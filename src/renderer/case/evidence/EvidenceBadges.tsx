// The warnings a file carries wherever it is listed: the dossier will show only a separator for
// it, its name claims a type its content does not have, or it is confidential.
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import { Badge } from '../../ui/Badge';
import { useSupportReason } from './support-reason';

export function EvidenceBadges({ item }: { item: EvidenceListItem }) {
  const { t } = useTranslation('evidence');
  const supportReason = useSupportReason();
  return (
    <span className="cw-badges">
      {item.dossierSupport === 'not_reproduced' && (
        <Badge tone="danger" title={supportReason(item)}>
          {t('badges.notReproduced')}
        </Badge>
      )}
      {!item.nameMatchesContent && (
        <Badge tone="warning" title={t('facts.mismatchNote')}>
          {t('badges.mismatch')}
        </Badge>
      )}
      {item.confidential && <Badge tone="info">{t('badges.confidential')}</Badge>}
    </span>
  );
}
