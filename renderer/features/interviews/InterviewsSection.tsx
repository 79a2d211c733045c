import { useNavigation } from '../project/NavigationContext';
import { InterviewPage } from './InterviewPage';
import { InterviewsPanel } from './InterviewsPanel';
import './interviews.css';

export function InterviewsSection() {
  const { route } = useNavigation();
  if (route.interviewId) return <InterviewPage key={route.interviewId} id={route.interviewId} target={route.target} nonce={route.nonce} />;
  return <InterviewsPanel />;
}
