/** A labelled progress bar; screen readers hear the label and the percentage. */
export function ProgressBar({ label, done, total, detail }: { label: string; done: number; total: number; detail?: string }) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress__label">
        <span>{label}</span>
        <span>{percent}%</span>
      </div>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={detail ? `${percent}% ${detail}` : `${percent}%`}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      {detail && <div className="progress__detail">{detail}</div>}
    </div>
  );
}
