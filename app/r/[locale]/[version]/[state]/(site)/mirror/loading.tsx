import { PageSkeleton } from "@/components/panel/skeletons";

export default function Loading() {
  return <PageSkeleton heading="Mirror statistics: what each side's customs report" panels={2} />;
}
